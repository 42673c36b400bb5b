// Bundles the CLI (and later the language server and client) into dist/.
// Rule data stays in rules/ and is read at run time, so teams and docs see one source.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Some dependencies ship ESM that reads import.meta.url; give the CommonJS bundle a real one.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const entries = [{ in: 'server/src/cli/index.ts', out: 'cli' }];

async function main() {
  const ctx = await esbuild.context({ ...common, entryPoints: entries, outdir: 'dist' });
  if (watch) {
    await ctx.watch();
  } else {
    await ctx.rebuild();
    await ctx.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
