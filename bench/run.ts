/**
 * `npm run bench`: copylint beside the linters a user would otherwise pick (write-good, alex,
 * textlint with the write-good rule), on real German and English prose from Debian packages.
 * Prints a Markdown table of wall time, peak memory and throughput, copylint's ratio to each
 * peer, CLI startup, language-server latency, responsiveness and memory, the machine's reference speed, and a
 * floor: reading and block-parsing each input with markdown-it, no linting.
 * No figure here is asserted: machines are shared and noisy.
 *   npm run bench [-- --full]   (--full also runs the peers on the 10 MB folder: minutes)
 *   npm run bench -- --pathological   (only inputs built to find superlinear work: see pathological.ts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../scripts/lspClient';
import { sampleCopy } from '../scripts/sampleCopy';
import { buildCorpus, DEBIAN_PACKAGES, SOURCES } from './corpus';
import { pathological } from './pathological';

const ROOT = resolve(__dirname, '..');
const BENCH = __dirname;
const full = process.argv.includes('--full');
const bin = (name: string) => join(BENCH, 'node_modules', '.bin', name);

function ensureInputs(): void {
  if (!existsSync(SOURCES.reference) || !existsSync(SOURCES.fortunesDe)) {
    console.error(`bench: installing the corpus packages (${DEBIAN_PACKAGES.join(', ')})`);
    const r = spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${DEBIAN_PACKAGES.join(' ')}`], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('bench: cannot install the Debian corpus packages (needs root and the Debian mirror)');
  }
  if (!existsSync(bin('alex'))) {
    console.error('bench: installing the peer linters (bench/package.json)');
    const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('bench: npm ci in bench/ failed');
  }
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

interface Run {
  seconds: number;
  peakMb: number;
}

/** Wall time and peak memory of a whole process, via GNU time; the median of `repeat` runs. */
function measure(cmd: string, args: string[], repeat = 1): Run {
  const runs: Run[] = [];
  for (let i = 0; i < repeat; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
    const last = r.stderr.trim().split('\n').at(-1)!;
    const [s, kb] = last.split(' ').map(Number);
    if (!Number.isFinite(s)) throw new Error(`bench: ${cmd} ${args.join(' ')} gave no timing: ${r.stderr.slice(-500)}`);
    runs.push({ seconds: s, peakMb: kb / 1024 });
  }
  runs.sort((a, b) => a.seconds - b.seconds);
  return runs[Math.floor(runs.length / 2)];
}

const node = process.execPath;
const cli = join(ROOT, 'dist', 'cli.js');
const linters: Record<string, (files: string[]) => [string, string[]]> = {
  copylint: (files) => [node, [cli, '--format', 'json', '--max-file-size', '100', ...files]],
  'write-good': (files) => [node, [bin('write-good'), ...files]],
  alex: (files) => [node, [bin('alex'), ...files]],
  'textlint (write-good rule)': (files) => [node, [bin('textlint'), '--rule', 'write-good', ...files]],
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Edit-to-diagnostics latency in the language server over stdio, with the debounce off. */
async function serverLatency(file: string): Promise<{ firstMs: number; medianMs: number; p95Ms: number; rssMb: number; peakMb: number }> {
  const client = new TestClient();
  await client.initialize(null, { workspace: { configuration: false } }, { debounceMs: 0 });
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  let t0 = performance.now();
  await client.open(uri, 'markdown', text);
  await client.waitFor('first lint', () => client.diagnostics.get(uri), 60_000);
  const firstMs = performance.now() - t0;
  const lines = text.split('\n');
  const latencies: number[] = [];
  let seed = 7;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  for (let v = 2; v < 202; v++) {
    let line = rnd(lines.length);
    while (!lines[line]) line = (line + 1) % lines.length;
    const character = rnd(lines[line].length);
    const insert = v % 2 === 0;
    const change = insert
      ? { range: { start: { line, character }, end: { line, character } }, text: 'e' }
      : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
    lines[line] = insert ? lines[line].slice(0, character) + 'e' + lines[line].slice(character) : lines[line].slice(0, character) + lines[line].slice(character + 1);
    t0 = performance.now();
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    await client.waitFor(`version ${v}`, () => client.diagnostics.get(uri)?.version === v, 30_000);
    latencies.push(performance.now() - t0);
  }
  const status = readFileSync(`/proc/${client.proc.pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  await client.stop();
  latencies.sort((a, b) => a - b);
  return { firstMs, medianMs: percentile(latencies, 50), p95Ms: percentile(latencies, 95), rssMb: kb('VmRSS'), peakMb: kb('VmHWM') };
}

/**
 * Hovers on a small document, one after another, while a document of one long paragraph
 * (about 2 MB, which the engine cannot cut into parts) is linted: the slowest answer, against
 * the time to that document's diagnostics.
 */
async function serverResponsiveness(): Promise<{ hoverMaxMs: number; hovers: number; lintMs: number }> {
  const client = new TestClient();
  await client.initialize(null, { workspace: { configuration: false } }, { debounceMs: 0 });
  const small = 'untitled:small.md';
  const big = 'untitled:paragraph.md';
  await client.open(small, 'markdown', 'Buy now! The game-changing knife.\n');
  await client.waitFor('small document', () => client.diagnostics.get(small), 60_000);
  const t0 = performance.now();
  await client.open(big, 'markdown', sampleCopy(40_000, ' '));
  let hoverMaxMs = 0;
  let hovers = 0;
  while (!client.diagnostics.has(big)) {
    const sent = performance.now();
    await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 1 } });
    hoverMaxMs = Math.max(hoverMaxMs, performance.now() - sent);
    hovers++;
    await new Promise((r) => setTimeout(r, 20));
  }
  const lintMs = performance.now() - t0;
  await client.stop();
  return { hoverMaxMs, hovers, lintMs };
}

/** The machine's limit: reading the files and one precompiled regular-expression pass over them. */
function reference(files: string[]): { seconds: number; mbPerS: number } {
  const re = /\p{L}+/gu;
  const t0 = performance.now();
  let bytes = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    bytes += text.length;
    re.lastIndex = 0;
    while (re.exec(text));
  }
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, mbPerS: bytes / 1e6 / seconds };
}

/**
 * A floor for any linter that parses CommonMark: a Node process that only reads the files and
 * block-parses them with markdown-it, set up as copylint's parser is (server/src/core/parse/markdown.ts).
 */
const PARSE_ONLY = `const MarkdownIt = require(process.argv[1]); const fs = require('fs');
const md = new MarkdownIt({ html: true }); md.core.ruler.disable(['inline', 'text_join']);
for (const f of process.argv.slice(2)) md.parse(fs.readFileSync(f, 'utf8'), {});`;

async function main(): Promise<void> {
  if (process.argv.includes('--pathological')) {
    console.log(`\n### copylint on pathological inputs — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}\n`);
    console.log(pathological(cli).join('\n'));
    return;
  }
  ensureInputs();
  // Outside the repository: its .gitignore would hide the corpus from copylint's file search.
  const corpus = buildCorpus(join(tmpdir(), 'copylint-bench-corpus'));
  const folderFiles = readdirSync(corpus.folder).map((f) => join(corpus.folder, f));
  const mb = (bytes: number) => bytes / 1e6;
  const sizes: [string, string[], number][] = [
    ['10 KB page', [corpus.page], readFileSync(corpus.page).length],
    ['1 MB file', [corpus.oneMb], readFileSync(corpus.oneMb).length],
    [`${corpus.folderFiles} files, ${mb(corpus.folderBytes).toFixed(1)} MB`, [corpus.folder], corpus.folderBytes],
  ];
  const rows: string[] = [];
  const parseFloor: Record<string, Run> = {};
  const copylintTimes: Record<string, Run> = {};
  const fastestPeer: Record<string, number> = {};
  for (const [label, files, bytes] of sizes) {
    for (const [name, make] of Object.entries(linters)) {
      const isFolder = label.includes('files');
      if (isFolder && name !== 'copylint' && !full) {
        rows.push(`| ${label} | ${name} | (skipped; --full) | | | |`);
        continue;
      }
      // Peers take file lists; copylint takes the folder.
      const args = isFolder && name !== 'copylint' ? folderFiles : files;
      const [cmd, argv] = make(args);
      // copylint is measured three times or more (the median), peers once on large inputs (they take minutes).
      const run = measure(cmd, argv, bytes < 100_000 ? 5 : name === 'copylint' ? 3 : 1);
      if (name !== 'copylint') fastestPeer[label] = Math.max(fastestPeer[label] ?? 0, mb(bytes) / run.seconds);
      if (name === 'copylint') copylintTimes[label] = run;
      const ratio = name === 'copylint' ? '1' : (run.seconds / copylintTimes[label].seconds).toFixed(1);
      rows.push(`| ${label} | ${name} | ${run.seconds.toFixed(2)} s | ${run.peakMb.toFixed(0)} MB | ${(mb(bytes) / run.seconds).toFixed(2)} MB/s | ${ratio} |`);
    }
    parseFloor[label] = measure(node, ['-e', PARSE_ONLY, require.resolve('markdown-it', { paths: [ROOT] }), ...(label.includes('files') ? folderFiles : files)], 3);
    if (label.includes('files')) {
      const serial = measure(node, [cli, '--format', 'json', '--concurrency', '1', corpus.folder], 3);
      rows.push(`| ${label} | copylint, one thread | ${serial.seconds.toFixed(2)} s | ${serial.peakMb.toFixed(0)} MB | ${(mb(bytes) / serial.seconds).toFixed(2)} MB/s | |`);
    }
  }
  const tiny = join(corpus.dir, 'tiny.md');
  require('node:fs').writeFileSync(tiny, 'Ein Satz.\n');
  const startup = measure(node, [cli, tiny], 11);
  const bareNode = measure(node, ['-e', '0'], 11);
  const lsp = await serverLatency(corpus.tenKWords);
  const responsive = await serverResponsiveness();
  const ref = reference(folderFiles);

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\n### copylint benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
  console.log('Corpus: German and English paragraphs from the Debian packages debian-reference-de/-en and fortunes/fortunes-de.\n');
  console.log('| input | linter | wall time | peak memory | throughput | time ÷ copylint time |\n|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
  console.log('\n| measurement | result |\n|---|---|');
  console.log(`| CLI startup (one small file, median of 11) | ${(startup.seconds * 1000).toFixed(0)} ms (Node alone, \`node -e 0\`: ${(bareNode.seconds * 1000).toFixed(0)} ms) |`);
  console.log(`| language server, first lint of a 10,000-word document | ${lsp.firstMs.toFixed(1)} ms |`);
  console.log(`| language server, one-character edit → diagnostics (200 edits) | median ${lsp.medianMs.toFixed(1)} ms, p95 ${lsp.p95Ms.toFixed(1)} ms |`);
  console.log(`| language server memory with that document open | ${lsp.rssMb.toFixed(0)} MB resident (peak ${lsp.peakMb.toFixed(0)} MB) |`);
  console.log(`| language server, hover on a small document while a 2 MB paragraph is linted | slowest of ${responsive.hovers} ${responsive.hoverMaxMs.toFixed(1)} ms; the paragraph's diagnostics after ${(responsive.lintMs / 1000).toFixed(1)} s |`);
  console.log(`| reference: read the ${mb(corpus.folderBytes).toFixed(1)} MB folder + one \`\\p{L}+\` regex pass | ${ref.seconds.toFixed(2)} s (${ref.mbPerS.toFixed(1)} MB/s) |`);
  const folderRun = copylintTimes[sizes[2][0]];
  console.log(`| copylint on the folder vs that reference | ${(folderRun.seconds / ref.seconds).toFixed(1)}× the reference time |`);
  for (const [label, , bytes] of sizes) {
    if (!fastestPeer[label]) continue;
    const own = mb(bytes) / copylintTimes[label].seconds;
    console.log(`| throughput on the ${label}: copylint ÷ fastest peer | ${(own / fastestPeer[label]).toFixed(1)}× (${own.toFixed(2)} vs ${fastestPeer[label].toFixed(2)} MB/s) |`);
  }
  for (const [label, , bytes] of sizes) {
    const goalSeconds = mb(bytes) / fastestPeer[label] / 25;
    const goal = fastestPeer[label] ? ` (25× the fastest peer's throughput would take ${goalSeconds.toFixed(goalSeconds < 0.1 ? 3 : 2)} s)` : '';
    console.log(`| floor: Node reading and block-parsing the ${label} with markdown-it, no linting | ${parseFloor[label].seconds.toFixed(2)} s${goal} |`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
