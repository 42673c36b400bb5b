import { LineIndex } from '../../core/parse/lines';
import { toneScore } from '../../core/tone';
import { FAMILIES } from '../../node/ruleFiles';
import { counts, locate, type FileResult } from '../results';
import { reportPath } from '../../node/files';
import { HTML_STYLE } from './htmlStyle';
import { HTML_TEXT, type HtmlText } from './htmlText';
import { loudSections, sectionsOf, type Section } from './sections';
import type { FormatContext } from './types';

/** Text and attribute values that render as themselves. */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// A bar at full width is this many findings per 100 words, or the file's densest bar when denser:
// bars of different files then compare, and a calm file does not fill the chart with one finding.
const FULL_SCALE = 5;

// Nothing is loaded and nothing runs: the report is safe to open from any CI artifact.
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * One self-contained HTML page: per file a chart of the tone per section (one bar per family,
 * findings per 100 words), the tone score with a one-line reading, the findings, and totals.
 */
export function* formatHtml(results: FileResult[], ctx: FormatContext): Generator<string> {
  const text = HTML_TEXT[ctx.language];
  const number = new Intl.NumberFormat(ctx.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rules = new Map(ctx.rules.map((r) => [r.id, r]));
  yield `<!doctype html>\n<html lang="${ctx.language}">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${CSP}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n<title>${esc(text.title)}</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n<main>\n<h1>${esc(text.title)}</h1>\n`;
  for (const [i, file] of results.entries()) {
    const name = esc(reportPath(file.filePath, ctx.cwd));
    const sections = sectionsOf(file);
    const score = toneScore(file.findings, file.words ?? 0);
    const label = (s: Section) => s.title ?? (sections.length === 1 ? text.whole : text.lead);
    const reading = readTone(sections, label, text);
    yield `<section class="file" data-file="${name}" aria-labelledby="file-${i}">\n<h2 id="file-${i}">${name}</h2>\n`;
    yield `<p class="score" data-score="${score}"><strong>${esc(text.score(score))}</strong>: ${esc(reading)}. <span class="words">${esc(text.words(file.words ?? 0))}</span></p>\n`;
    const rate = (s: Section, n: number) => (s.words ? (n * 100) / s.words : 0);
    const scale = sections.reduce((m, s) => Math.max(m, ...FAMILIES.map((f) => rate(s, s.perFamily[f]))), FULL_SCALE);
    yield '<div class="chart">\n';
    for (const s of sections) {
      yield `<figure class="tone-section" data-findings="${s.findings.length}">\n<figcaption><strong>${esc(label(s))}</strong> <span class="words">${esc(text.words(s.words))}</span></figcaption>\n<ul class="bars">\n`;
      for (const family of FAMILIES) {
        const n = s.perFamily[family];
        const per100 = number.format(rate(s, n));
        const width = ((rate(s, n) / scale) * 100).toFixed(1);
        yield `<li class="bar-row" data-family="${family}" data-count="${n}"><span class="family">${esc(text.family[family])}</span><span class="track" role="img" aria-label="${esc(text.bar(text.family[family], n, per100))}"><span class="bar ${family}" style="width:${width}%"></span></span><span class="value">${n} · ${per100}</span></li>\n`;
      }
      yield '</ul>\n</figure>\n';
    }
    yield '</div>\n';
    yield* findingsTable(file, text, rules);
    yield '</section>\n';
  }
  const { errors, warnings, infos } = counts(results);
  yield `<footer>\n<p class="totals" data-total="${errors + warnings + infos}">${esc(text.totals(results.length, errors + warnings + infos, errors, warnings, infos))}</p>\n`;
  if (ctx.problems.length) yield `<ul class="problems">${ctx.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>\n`;
  yield `<p class="scale">${esc(text.scale)}</p>\n<p class="version">copylint ${esc(ctx.version)}</p>\n</footer>\n</main>\n</body>\n</html>\n`;
}

/** One line on the file's tone: how each loud section is loud, and whether the rest is calm. */
function readTone(sections: Section[], label: (s: Section) => string, text: HtmlText): string {
  const loud = loudSections(sections);
  if (!loud.length) return text.calm;
  // Families in the order the document first gets loud with them.
  const parts = [...new Set(loud.map((l) => l.family))].map(
    (f) => `${text.loud[f]} ${loud.filter((l) => l.family === f).map((l) => text.quote(label(l.section))).join(', ')}`,
  );
  if (loud.length < sections.length) parts.push(text.calmElsewhere);
  return parts.join(', ');
}

function* findingsTable(file: FileResult, text: HtmlText, rules: Map<string, { docUrl?: string }>): Generator<string> {
  if (!file.findings.length) {
    yield `<p class="none">${esc(text.noFindings)}</p>\n`;
    return;
  }
  const c = text.columns;
  yield `<table class="findings">\n<thead><tr><th scope="col">${esc(c.where)}</th><th scope="col">${esc(c.severity)}</th><th scope="col">${esc(c.rule)}</th><th scope="col">${esc(c.message)}</th></tr></thead>\n<tbody>\n`;
  const lines = new LineIndex(file.source);
  for (const f of file.findings) {
    const at = locate(lines, f);
    const url = rules.get(f.ruleId)?.docUrl;
    const rule = url ? `<a href="${esc(encodeURI(url))}">${esc(f.ruleId)}</a>` : esc(f.ruleId);
    yield `<tr class="${f.severity}"><td>${at.line}:${at.column}</td><td>${esc(text.severity[f.severity])}</td><td>${rule}</td><td>${esc(f.message)}</td></tr>\n`;
  }
  yield '</tbody>\n</table>\n';
}
