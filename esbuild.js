// Bundles the CLI, the language server and the VS Code client into dist/.
// Rule data stays in rules/ and is read at run time, so teams and docs see one source.
const esbuild = require('esbuild');
const { execFileSync } = require('node:child_process');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  // Smaller bundles parse faster: CLI startup is part of every CI run and editor launch.
  minify: true,
  logLevel: 'warning',
  // Some dependencies ship ESM that reads import.meta.url; give the CommonJS bundle a real one.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

// Libraries loaded only when needed (see server/src/core/libraries.ts) get bundles of their
// own in dist/vendor: in the main bundle V8 still parsed them at every start (about half of
// its 690 KB).
const VENDOR = ['yaml', 'ajv', 're2js', 'jsonc-parser'];
// jsonc-parser's "main" is a UMD build whose require calls esbuild cannot follow; its ES module build bundles.
const VENDOR_ENTRY = { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' };
/** @type {import('esbuild').Plugin} */
const vendorBundles = {
  name: 'vendor-bundles',
  setup(build) {
    const filter = new RegExp(`^(${VENDOR.join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: `./vendor/${args.path}.js`, external: true }));
  },
};

const builds = [
  // lintWorker: the language server's lint threads (see server/src/lsp/lintPool.ts).
  { entryPoints: [{ in: 'server/src/cli/index.ts', out: 'cli' }, { in: 'server/src/lsp/index.ts', out: 'server' }, { in: 'server/src/lsp/lintWorker.ts', out: 'lintWorker' }], plugins: [vendorBundles] },
  { entryPoints: VENDOR.map((name) => ({ in: require.resolve(VENDOR_ENTRY[name] ?? name), out: `vendor/${name}` })) },
  // The client runs inside VS Code, which provides the `vscode` module.
  { entryPoints: [{ in: 'client/src/extension.ts', out: 'client' }], external: ['vscode'] },
  // The tone profile webview's script, which the client inlines into the page (see client/src/toneProfileHtml.ts).
  { entryPoints: [{ in: 'client/webview/toneProfile.ts', out: 'webview/toneProfile' }], platform: 'browser', format: 'iife', sourcemap: false, banner: {}, define: {} },
];

async function main() {
  const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b, outdir: 'dist' })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
  } else {
    await Promise.all(contexts.map((c) => c.rebuild()));
    await Promise.all(contexts.map((c) => c.dispose()));
  }
  // The rule data as JSON beside the bundles (see scripts/rule-data.ts).
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/rule-data.ts'], { stdio: 'inherit' });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
