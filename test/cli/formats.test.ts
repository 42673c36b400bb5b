import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import MarkdownIt from 'markdown-it';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempTree } from '../helpers/tmp';
import { run } from '../helpers/cli';

const schema = (name: string) => new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8')));
const validateDiagnostic = schema('rdjsonl-diagnostic.schema.json');
const validateCodeQuality = schema('gitlab-codequality.schema.json');

// A team rule whose message has everything a report must escape.
const CONFIG = JSON.stringify({
  terms: { custom: [{ id: 'team/kram', family: 'push', severity: 'error', language: 'any', phrases: ['Bastelkram'], message: 'Say <no> & "never" | here.' }] },
});
const PAGE = '# Unser Messer\n\nFür Sie: das revolutionäre Messer. Jetzt kaufen!\n\nKein Bastelkram.\n';

function tree() {
  return tempTree({ '.copylintrc.json': CONFIG, 'a.md': PAGE, 'sub/clean.md': 'Ein ruhiger Satz.\n' });
}

describe('--format rdjsonl', () => {
  it('writes one reviewdog diagnostic per line that validates against its schema, with UTF-8 byte columns and fixes as suggestions', () => {
    const r = run(['.', '--format', 'rdjsonl'], { cwd: tree() });
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    const diagnostics = lines.map((l) => JSON.parse(l));
    for (const d of diagnostics) assert.ok(validateDiagnostic(d), JSON.stringify(validateDiagnostic.errors));
    const hype = diagnostics.find((d) => d.code.value === 'push/hype')!;
    // "Für Sie: das " is 13 characters and 14 UTF-8 bytes: reviewdog counts bytes.
    assert.deepEqual(hype.location, { path: 'a.md', range: { start: { line: 3, column: 15 }, end: { line: 3, column: 29 } } });
    assert.equal(hype.severity, 'WARNING');
    // package.json names no published home (see test/cli/links.test.ts).
    assert.equal(hype.code.url, undefined);
    assert.equal(hype.suggestions[0].text, '');
    assert.equal(hype.suggestions[0].range.start.column, 15);
    const team = diagnostics.find((d) => d.code.value === 'team/kram')!;
    assert.equal(team.severity, 'ERROR');
    assert.equal(team.message, 'Say <no> & "never" | here. (“Bastelkram”)');
    assert.equal(team.code.url, undefined);
  });
});

describe('--format gitlab', () => {
  it('writes a Code Quality report that validates against its schema, with unique fingerprints', () => {
    const r = run(['.', '--format', 'gitlab'], { cwd: tree() });
    const report = JSON.parse(r.stdout) as { check_name: string; severity: string; location: unknown; fingerprint: string }[];
    assert.ok(validateCodeQuality(report), JSON.stringify(validateCodeQuality.errors));
    assert.deepEqual(
      report.map((i: { check_name: string; severity: string; location: unknown }) => [i.check_name, i.severity, i.location]),
      [
        ['push/hype', 'minor', { path: 'a.md', lines: { begin: 3, end: 3 } }],
        ['push/hard-cta', 'minor', { path: 'a.md', lines: { begin: 3, end: 3 } }],
        ['team/kram', 'major', { path: 'a.md', lines: { begin: 5, end: 5 } }],
      ],
    );
    assert.equal(new Set(report.map((i: { fingerprint: string }) => i.fingerprint)).size, report.length);
    assert.deepEqual(JSON.parse(run(['sub', '--format', 'gitlab'], { cwd: tree() }).stdout), []);
  });

  it('keeps fingerprints when the file changes elsewhere, and tells repeated findings in one sentence apart', () => {
    const dir = tree();
    const before = JSON.parse(run(['a.md', '--format', 'gitlab'], { cwd: dir }).stdout);
    writeFileSync(join(dir, 'a.md'), '# Unser Messer\n\nEin neuer Absatz oben.\n\n' + PAGE.slice('# Unser Messer\n\n'.length));
    const after = JSON.parse(run(['a.md', '--format', 'gitlab'], { cwd: dir }).stdout);
    assert.deepEqual(after.map((i: { location: { lines: { begin: number } } }) => i.location.lines.begin), [5, 5, 7]);
    assert.deepEqual(after.map((i: { fingerprint: string }) => i.fingerprint), before.map((i: { fingerprint: string }) => i.fingerprint));
    writeFileSync(join(dir, 'b.md'), 'Kein Bastelkram, nie Bastelkram.\n');
    const twice = JSON.parse(run(['b.md', '--format', 'gitlab'], { cwd: dir }).stdout);
    assert.equal(twice.length, 2);
    assert.notEqual(twice[0].fingerprint, twice[1].fingerprint);
  });
});

describe('--format checkstyle', () => {
  it('writes well-formed Checkstyle XML with escaped attributes, one <file> per linted file', () => {
    const r = run(['.', '--format', 'checkstyle'], { cwd: tree() });
    assert.equal(XMLValidator.validate(r.stdout), true);
    assert.match(r.stdout, /message="Say &lt;no&gt; &amp; &quot;never&quot; \| here\. \(“Bastelkram”\)"/);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['file', 'error'].includes(name) }).parse(r.stdout);
    const files = doc.checkstyle.file as { '@_name': string; error?: Record<string, string>[] }[];
    assert.deepEqual(files.map((f) => f['@_name']), ['a.md', 'sub/clean.md']);
    assert.equal(files[1].error, undefined);
    const team = files[0].error!.find((e) => e['@_source'] === 'team/kram')!;
    assert.deepEqual([team['@_line'], team['@_column'], team['@_severity'], team['@_message']], ['5', '6', 'error', 'Say <no> & "never" | here. (“Bastelkram”)']);
  });
});

describe('--format markdown', () => {
  const render = (md: string) => new MarkdownIt().render(md);

  it('counts findings per family and lists them, escaped for a table cell', () => {
    const r = run(['.', '--format', 'markdown'], { cwd: tree() });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^### copylint: 3 problems \(1 error, 2 warnings, 0 info\)/);
    assert.match(r.stdout, /\| push \| 1 \| 2 \| 0 \|/);
    const html = render(r.stdout);
    // package.json names no published home, so rule ids are text (links: test/cli/links.test.ts).
    assert.match(html, /<td>push\/hype<\/td>/);
    // The team rule's message renders as written, in one cell.
    assert.match(html, /<td>error<\/td>\s*<td>team\/kram<\/td>\s*<td>a\.md:5:6<\/td>\s*<td>Say &lt;no&gt; &amp; &quot;never&quot; \| here\. \(“Bastelkram”\)<\/td>/);
    assert.doesNotMatch(html, /<no>/);
  });

  it('lists the top findings, errors first, and says how many more there are', () => {
    // The page's two warnings come first in the file; the 31 errors after them come first in the list.
    const many = PAGE + Array.from({ length: 30 }, (_, i) => `\nAbsatz ${i}: kein Bastelkram.\n`).join('');
    const dir = tempTree({ '.copylintrc.json': CONFIG, 'many.md': many });
    const r = run(['.', '--format', 'markdown'], { cwd: dir });
    assert.match(r.stdout, /#### Top 20 findings/);
    assert.match(r.stdout, /… and 13 more\.\n$/);
    const rows = r.stdout.split('\n').filter((l) => /^\| (error|warning|info) \|/.test(l));
    assert.equal(rows.length, 20);
    assert.ok(rows.every((row) => row.startsWith('| error | team/kram |')), rows.join('\n'));
  });

  it('says so when there is nothing to report', () => {
    assert.equal(run(['sub', '--format', 'markdown'], { cwd: tree() }).stdout, '### copylint: no problems in 1 file\n');
  });
});
