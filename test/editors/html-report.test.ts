import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { json, run } from '../helpers/cli';
import { tempTree } from '../helpers/tmp';
import { CHROMIUM, launchChromium, readmeShot, requireEditors, ROOT } from './codeServer';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'tone-report.md');
const SCREENSHOT = readmeShot('report.png');
// Only Chromium is needed here; missing it follows the editor tests' policy (a failure under COPYLINT_REQUIRE_EDITORS=1).
const missing = requireEditors(existsSync(CHROMIUM) ? undefined : 'Chromium is not installed: run scripts/setup-editor-tests.sh (CI does)');

describe('the HTML report in headless Chromium', { skip: missing ?? false, timeout: 60_000 }, () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const dir = tempTree({});
  const report = join(dir, 'report.html');
  const expected = json(run([FIXTURE, '--format', 'json']).stdout)[0];

  before(async () => {
    const r = run([FIXTURE, '--format', 'html', '--output-file', report]);
    assert.equal(r.stderr, '');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1000, height: 800 }, colorScheme: 'light' });
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(report).href);
  });
  after(() => browser?.close());

  it('draws one section per heading, with a labelled bar per family', async () => {
    const sections = await page.$$eval('.tone-section', (els) =>
      els.map((el) => ({
        title: el.querySelector('figcaption strong')!.textContent,
        bars: [...el.querySelectorAll('.bar-row')].map((b) => ({
          family: b.getAttribute('data-family'),
          count: Number(b.getAttribute('data-count')),
          label: b.querySelector('[role="img"]')!.getAttribute('aria-label'),
          width: b.querySelector('.bar')!.getBoundingClientRect().width,
        })),
      })),
    );
    assert.deepEqual(
      sections.map((s) => s.title),
      ['The GAME-CHANGING Budget App!!!', 'What it does', 'Why not the others', 'Pricing'],
    );
    for (const s of sections) {
      assert.deepEqual(
        s.bars.map((b) => b.family),
        ['features', 'push', 'polarize'],
      );
      // A bar is drawn exactly when it has findings, and says its count in words.
      for (const b of s.bars) {
        assert.equal(b.width > 0, b.count > 0, `${s.title} ${b.family}`);
        assert.match(b.label!, new RegExp(`^${b.family}: ${b.count} finding`));
      }
    }
  });

  it('counts what the JSON report counts, per family and in the table', async () => {
    const perFamily: Record<string, number> = {};
    for (const m of expected.messages) perFamily[m.ruleId.split('/')[0]] = (perFamily[m.ruleId.split('/')[0]] ?? 0) + 1;
    const drawn = await page.$$eval('.bar-row', (els) => els.map((b) => [b.getAttribute('data-family')!, Number(b.getAttribute('data-count'))] as const));
    const summed: Record<string, number> = {};
    for (const [family, n] of drawn) if (n) summed[family] = (summed[family] ?? 0) + n;
    assert.deepEqual(summed, perFamily);
    const rows = await page.$$eval('table.findings tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    assert.deepEqual(
      rows.map((r) => [r[0], r[2], r[3]]),
      expected.messages.map((m) => [`${m.line}:${m.column}`, m.ruleId, m.message]),
    );
    assert.equal(await page.getAttribute('.totals', 'data-total'), String(expected.messages.length));
    assert.equal(await page.locator('table.findings th[scope="col"]').count(), 4);
  });

  it('loads nothing but itself, and follows a dark colour scheme', async () => {
    assert.deepEqual(requests, [pathToFileURL(report).href]);
    // A string: the tests are type-checked without the DOM library.
    const background = () => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    const light = await background();
    // The chart and the start of the table: what the README shows.
    await page.screenshot({ path: SCREENSHOT });
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.notEqual(await background(), light);
    assert.ok(existsSync(SCREENSHOT));
  });
});
