import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { json, run } from '../helpers/cli';
import { tempTree } from '../helpers/tmp';

const HYPE = 'Das revolutionäre Messer.';

describe('copylint CLI: directives and severities (dist/cli.js)', () => {
  it('--report-unused-disable-directives reports a directive that suppresses nothing, as a warning', () => {
    const page = `<!-- copylint-disable-next-line push/hype -- launch -->\nEin ruhiger Satz.\n\n<!-- copylint-disable-next-line push/hype -- name -->\n${HYPE}\n`;
    const dir = tempTree({ 'page.md': page });
    const r = run(['page.md', '--report-unused-disable-directives', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const [file] = json(r.stdout);
    assert.deepEqual(file.messages.map((m) => [m.ruleId, m.severity, m.line]), [['copylint/unused-disable', 1, 1]]);
    assert.equal(file.warningCount, 1);
    // Off by default, as in ESLint; with --max-warnings 0 an unused directive fails the run.
    assert.deepEqual(json(run(['page.md', '--format', 'json'], { cwd: dir }).stdout)[0].messages, []);
    assert.equal(run(['page.md', '--report-unused-disable-directives', '--max-warnings', '0'], { cwd: dir }).code, 1);
  });

  it('--list-suppressions lists every directive with file, line, rules, reason and what it suppressed', () => {
    const dir = tempTree({
      'docs/a.md': `# Titel\n\n<!-- copylint-disable-next-line push/hype, push/urgency -- customer quote, agreed with legal -->\n${HYPE}\n`,
      'docs/b.mdx': `{/* copylint-disable-file -- a competitor's ad, quoted */}\n\nJetzt kaufen!\n`,
      'docs/c.txt': 'Nichts.\n',
    });
    const r = run(['docs', '--list-suppressions', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), [
      { filePath: 'docs/a.md', line: 3, column: 1, kind: 'disable-next-line', rules: ['push/hype', 'push/urgency'], reason: 'customer quote, agreed with legal', suppressed: 1 },
      { filePath: 'docs/b.mdx', line: 1, column: 1, kind: 'disable-file', rules: [], reason: "a competitor's ad, quoted", suppressed: 1 },
    ]);
    const table = run(['docs', '--list-suppressions'], { cwd: dir });
    assert.equal(table.code, 0);
    assert.deepEqual(table.stdout.split('\n').map((l) => l.replace(/\s+/g, ' ')), [
      'file:line directive rules suppressed reason',
      'docs/a.md:3 disable-next-line push/hype, push/urgency 1 customer quote, agreed with legal',
      "docs/b.mdx:1 disable-file (every rule) 1 a competitor's ad, quoted",
      '',
    ]);
    // Found on a cached run too: the listing reads every file.
    run(['docs', '--cache'], { cwd: dir });
    assert.match(run(['docs', '--list-suppressions', '--cache'], { cwd: dir }).stdout, /docs\/a\.md:3/);
    const bad = run(['docs', '--list-suppressions', '--format', 'sarif'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--list-suppressions prints a table or, with --format json, JSON/);
  });

  it('reads info as a severity from configs and --rule; info never fails a run', () => {
    const dir = tempTree({ '.copylintrc.yaml': 'rules:\n  push/hype: info\n', 'page.md': `${HYPE}\n` });
    const r = run(['page.md', '--format', 'json', '--max-warnings', '0'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const [file] = json(r.stdout);
    assert.deepEqual(file.messages.map((m) => [m.ruleId, m.severity]), [['push/hype', 1]]);
    assert.deepEqual([file.errorCount, file.warningCount], [0, 0]);
    const stylish = run(['page.md'], { cwd: dir });
    assert.match(stylish.stdout, /1:5 +info +Hype-Wort/);
    assert.match(stylish.stdout, /1 problem \(0 errors, 0 warnings, 1 info\)/);
    assert.match(run(['page.md', '--format', 'sarif'], { cwd: dir }).stdout, /"level": "note"/);
    assert.match(run(['page.md', '--format', 'github'], { cwd: dir }).stdout, /^::notice file=page\.md,line=1/);
    assert.match(run(['page.md', '--rule', 'push/hype=error'], { cwd: dir }).stdout, /error/);
    assert.match(run(['--stdin', '--rule', 'push/hype=info'], { input: HYPE }).stdout, /info +Hype-Wort/);
  });

  it('--min-severity reports and counts only findings of at least that severity', () => {
    const dir = tempTree({ '.copylintrc.yaml': 'rules:\n  push/hype: info\n  push/hard-cta: error\n  push/urgency: warn\n', 'page.md': `${HYPE} Jetzt kaufen! Nur heute.\n` });
    const at = (min: string) => {
      const r = run(['page.md', '--format', 'json', '--min-severity', min], { cwd: dir });
      return [r.code, json(r.stdout)[0].messages.map((m) => m.ruleId).sort()];
    };
    assert.deepEqual(at('info'), [1, ['push/hard-cta', 'push/hype', 'push/urgency']]);
    assert.deepEqual(at('warning'), [1, ['push/hard-cta', 'push/urgency']]);
    assert.deepEqual(at('error'), [1, ['push/hard-cta']]);
    // A warning hidden by --min-severity error does not count for --max-warnings either.
    const hidden = tempTree({ '.copylintrc.yaml': 'rules:\n  push/hype: warn\n', 'page.md': `${HYPE}\n` });
    assert.equal(run(['page.md', '--max-warnings', '0', '--min-severity', 'error'], { cwd: hidden }).code, 0);
    assert.equal(run(['page.md', '--max-warnings', '0'], { cwd: hidden }).code, 1);
    for (const args of [['--min-severity', 'warn'], ['--min-severity', 'fatal'], ['--quiet', '--min-severity', 'info'], ['--rule', 'push/hype=notice']]) {
      const bad = run(['page.md', ...args], { cwd: dir });
      assert.equal(bad.code, 2, args.join(' '));
      assert.match(bad.stderr, /--min-severity must be error, warning or info|--quiet is --min-severity error|--rule expects ID=off\|info\|warn\|error/);
    }
  });

  it('reads a .copylintrc.json with comments and trailing commas, and names file:line:col of an error in it', () => {
    const dir = tempTree({ '.copylintrc.json': '{\n  // launch week\n  "rules": {"push/hype": "off",},\n}\n', 'page.md': `${HYPE}\n` });
    assert.equal(run(['page.md', '--format', 'json'], { cwd: dir }).stdout.includes('push/hype'), false);
    const bad = tempTree({ '.copylintrc.json': '{\n  // launch week\n  "rules": {"push/hype": "of",},\n}\n', 'page.md': `${HYPE}\n` });
    const r = run(['page.md'], { cwd: bad });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /config error: \.copylintrc\.json:3:26: \/rules\/push~1hype must be one of/);
  });
});
