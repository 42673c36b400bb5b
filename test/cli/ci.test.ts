import assert from 'node:assert/strict';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Log } from 'sarif';
import { tempTree } from '../helpers/tmp';
import { json, run } from '../helpers/cli';

const PAGE = '# Unser Messer\n\nDas revolutionäre Messer. Jetzt kaufen!\n';
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The official schema has a pattern that is only valid without the u flag.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

describe('CI output formats', () => {
  const dir = tempTree({ 'a.md': PAGE, 'b/clean.md': 'Ein ruhiger Satz.\n', 'c.md': 'Let\'s talk: 50%, "quoted", a,b <tags> & more!!!\n' });

  it('writes SARIF 2.1.0 that validates against the official schema', () => {
    const r = run(['.', '--format', 'sarif', '--rule', 'push/hype=error'], { cwd: dir });
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout) as Log;
    assert.ok(validateSarif(log), ajv.errorsText(validateSarif.errors));
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.name, 'copylint');
    const hypeRule = run0.tool.driver.rules!.find((x) => x.id === 'push/hype')!;
    // package.json names no published home, so the log links nowhere (see test/cli/links.test.ts).
    assert.equal(hypeRule.helpUri, undefined);
    assert.equal(run0.tool.driver.informationUri, undefined);
    assert.equal(hypeRule.defaultConfiguration?.level, 'warning');
    const hype = run0.results!.find((x) => x.ruleId === 'push/hype')!;
    assert.equal(hype.level, 'error');
    assert.equal(run0.tool.driver.rules![hype.ruleIndex!].id, 'push/hype');
    assert.deepEqual(hype.locations![0].physicalLocation!.region, { startLine: 3, startColumn: 5, endLine: 3, endColumn: 18 });
    assert.equal(hype.locations![0].physicalLocation!.artifactLocation!.uri, 'a.md');
    assert.equal(hype.fixes![0].artifactChanges[0].replacements[0].insertedContent!.text, '');
    assert.equal(run0.results!.find((x) => x.ruleId === 'push/hard-cta')!.level, 'warning');
  });

  it('writes GitHub workflow commands with escaped data', () => {
    const r = run(['.', '--format', 'github', '--rule', 'push/hype=error'], { cwd: dir });
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.includes('::error file=a.md,line=3,col=5,endLine=3,endColumn=18,title=push/hype::Hype-Wort „revolutionäre“. Zeigen Sie, was das Besondere ist, statt es zu behaupten.'), r.stdout);
    assert.ok(lines.some((l) => l.startsWith('::warning file=a.md,') && l.includes('title=push/hard-cta')));
    for (const l of lines) assert.match(l, /^::(warning|error) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::[^\n]+$/);
  });

  it('writes JUnit XML: a failing case per finding, a passing case per clean file', () => {
    const out = join(dir, 'junit.xml');
    const r = run(['.', '--format', 'junit', '--output-file', out, '--rule', 'push/hype=error'], { cwd: dir });
    assert.equal(r.stdout, '');
    const xml = readFileSync(out, 'utf8');
    assert.equal(XMLValidator.validate(xml), true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml);
    const suites = doc.testsuites.testsuite as { '@_name': string; '@_failures': string; testcase: { failure?: { '@_type': string } }[] }[];
    assert.deepEqual(suites.map((s) => s['@_name']), ['a.md', 'b/clean.md', 'c.md']);
    assert.equal(suites[1].testcase.length, 1);
    assert.equal(suites[1].testcase[0].failure, undefined);
    assert.ok(suites[0].testcase.some((c) => c.failure?.['@_type'] === 'error'));
    assert.equal(Number(doc.testsuites['@_failures']), suites.reduce((n, s) => n + Number(s['@_failures']), 0));
  });

  it('maps severities the same way in every format', () => {
    const counts: Record<string, [number, number]> = {};
    const jsonOut = json(run(['.', '--format', 'json', '--rule', 'push/hype=error'], { cwd: dir }).stdout);
    counts.json = [jsonOut.reduce((n, f) => n + f.errorCount, 0), jsonOut.reduce((n, f) => n + f.warningCount, 0)];
    const sarif = JSON.parse(run(['.', '--format', 'sarif', '--rule', 'push/hype=error'], { cwd: dir }).stdout) as Log;
    const levels = sarif.runs[0].results!.map((x) => x.level);
    counts.sarif = [levels.filter((l) => l === 'error').length, levels.filter((l) => l === 'warning').length];
    const gh = run(['.', '--format', 'github', '--rule', 'push/hype=error'], { cwd: dir }).stdout.trim().split('\n');
    counts.github = [gh.filter((l) => l.startsWith('::error')).length, gh.filter((l) => l.startsWith('::warning')).length];
    const junit = run(['.', '--format', 'junit', '--rule', 'push/hype=error'], { cwd: dir }).stdout;
    counts.junit = [(junit.match(/type="error"/g) ?? []).length, (junit.match(/type="warning"/g) ?? []).length];
    assert.ok(counts.json[0] > 0 && counts.json[1] > 0);
    for (const f of ['sarif', 'github', 'junit']) assert.deepEqual(counts[f], counts.json, f);
  });

  it('writes json, sarif and junit reports of a generated file in full, through a pipe and to --output-file (issue 12, item 13)', () => {
    // 10,000 findings: a report of several megabytes, written in many chunks (the 45 MB case is test/unit/report-stream.test.ts).
    const big = tempTree({ 'big.md': 'Das revolutionäre Messer.\n\n'.repeat(10_000) });
    const piped = run(['big.md', '--format', 'json'], { cwd: big });
    const n = json(piped.stdout)[0].messages.length;
    assert.ok(n >= 10_000 && piped.stdout.length > 5_000_000, `${n} findings, ${piped.stdout.length} characters`);
    const sarif = JSON.parse(run(['big.md', '--format', 'sarif'], { cwd: big }).stdout) as Log;
    assert.equal(sarif.runs[0].results!.length, n);
    run(['big.md', '--format', 'junit', '--output-file', 'junit.xml'], { cwd: big });
    const xml = readFileSync(join(big, 'junit.xml'), 'utf8');
    assert.equal(XMLValidator.validate(xml), true);
    assert.equal((xml.match(/<testcase /g) ?? []).length, n);
  });

  it('prints a summary report with findings per family and file and a tone score', () => {
    const r = run(['.', '--report', 'summary'], { cwd: dir });
    assert.match(r.stdout, /copylint summary: 3 files, \d+ words/);
    assert.match(r.stdout, /push\s+\d+\s+\d+\.\d\d/);
    assert.match(r.stdout, /b\/clean\.md\s+3\s+0\s+0\s+0\s+100/);
    const machine = run(['.', '--format', 'json', '--report', 'summary'], { cwd: dir });
    assert.doesNotThrow(() => JSON.parse(machine.stdout));
    assert.match(machine.stderr, /copylint summary/);
  });
});

describe('configuration commands', () => {
  it('--print-config prints the resolved config of a file', () => {
    const dir = tempTree({ '.copylintrc.yaml': 'extends: copylint:press-release\noverrides:\n  - files: ["blog/**"]\n    rules: {push/hype: off}\n', 'blog/x.md': '' });
    const r = run(['--print-config', 'blog/x.md', '--rule', 'push/urgency=off'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const printed = JSON.parse(r.stdout);
    assert.equal(printed.rules['push/hype'], 'off');
    assert.equal(printed.rules['push/urgency'], 'off');
    assert.equal(printed.rules['push/absolute-claim'], 'error');
    assert.equal(printed.configFiles.length, 3);
  });

  it('--init writes a starter config that validates, and never overwrites', () => {
    const dir = tempTree({ 'a.md': PAGE });
    const first = run(['--init'], { cwd: dir });
    assert.equal(first.code, 0);
    const written = readFileSync(join(dir, '.copylintrc.json'), 'utf8');
    assert.equal(run(['a.md'], { cwd: dir }).code, 0);
    const second = run(['--init'], { cwd: dir });
    assert.equal(second.code, 2);
    assert.match(second.stderr, /already exists; not overwritten/);
    assert.equal(readFileSync(join(dir, '.copylintrc.json'), 'utf8'), written);
  });
});

describe('large repositories', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) {
    files[`docs/p${String(i).padStart(2, '0')}.md`] = i % 3 ? PAGE.repeat(1 + (i % 5)) : 'Ein ruhiger Satz über Regale.\n';
  }

  it('gives identical output on worker threads and serially', () => {
    const dir = tempTree(files);
    const serial = run(['.', '--format', 'json', '--concurrency', '1'], { cwd: dir });
    const parallel = run(['.', '--format', 'json', '--concurrency', '2'], { cwd: dir });
    assert.equal(parallel.code, serial.code);
    assert.equal(parallel.stdout, serial.stdout);
    assert.equal(json(serial.stdout).length, 40);
    const stylishSerial = run(['.', '--concurrency', '1'], { cwd: dir });
    assert.equal(run(['.', '--concurrency', '2'], { cwd: dir }).stdout, stylishSerial.stdout);
  });

  it('--cache reuses results of unchanged files and re-lints on content or config change', () => {
    const dir = tempTree({ 'a.md': PAGE, 'b.md': PAGE });
    const first = run(['.', '--format', 'json', '--cache'], { cwd: dir });
    const cacheFile = join(dir, '.copylintcache');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    assert.equal(Object.keys(cache.entries).length, 2);
    // Doctor the cached findings of a.md: if the next run prints them, the cache was used.
    cache.entries[join(dir, 'a.md')].findings[0].message = 'FROM CACHE';
    writeFileSync(cacheFile, JSON.stringify(cache));
    const second = json(run(['.', '--format', 'json', '--cache'], { cwd: dir }).stdout);
    assert.equal(second[0].messages[0].message, 'FROM CACHE');
    assert.equal(JSON.stringify(second[1]), JSON.stringify(json(first.stdout)[1]));
    // Content change: a.md is linted again.
    writeFileSync(join(dir, 'a.md'), PAGE + '\n');
    const third = json(run(['.', '--format', 'json', '--cache'], { cwd: dir }).stdout);
    assert.notEqual(third[0].messages[0].message, 'FROM CACHE');
    // Config change: severities follow the new config.
    writeFileSync(join(dir, '.copylintrc.json'), '{"rules": {"push/hype": "error"}}');
    const fourth = json(run(['.', '--format', 'json', '--cache'], { cwd: dir }).stdout);
    assert.ok(fourth.every((f) => f.errorCount === 1));
  });
});

describe('tone score', () => {
  it('is 100 without findings and falls with their density, errors counting twice', async () => {
    const { toneScore } = await import('../../server/src/core/tone');
    const w = { ruleId: 'push/hype', severity: 'warning' as const, message: '', start: 0, end: 1 };
    assert.equal(toneScore([], 50), 100);
    assert.equal(toneScore([w], 100), 82);
    assert.equal(toneScore([w, w, w, w, w], 100), 37);
    assert.equal(toneScore([{ ...w, severity: 'error' }], 100), toneScore([w, w], 100));
  });
});
