import { formatForPath } from '../../core/parse';
import { LineIndex } from '../../core/parse/lines';
import { toneChart } from '../../report/tone';
import { counts, locate, type FileResult } from '../results';
import { reportPath } from '../../node/files';
import { HTML_STYLE } from './htmlStyle';
import { HTML_TEXT, type HtmlText } from './htmlText';
import type { FormatContext } from './types';

/** Text and attribute values that render as themselves. */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Nothing is loaded and nothing runs: the report is safe to open from any CI artifact.
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * One self-contained HTML page: per file a chart of the tone per section (one bar per family,
 * findings per 100 words), the tone score with a one-line reading, the findings, and totals.
 */
export function* formatHtml(results: FileResult[], ctx: FormatContext): Generator<string> {
  const text = HTML_TEXT[ctx.language];
  const rules = new Map(ctx.rules.map((r) => [r.id, r]));
  yield `<!doctype html>\n<html lang="${ctx.language}">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${CSP}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n<title>${esc(text.title)}</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n<main>\n<h1>${esc(text.title)}</h1>\n`;
  for (const [i, file] of results.entries()) {
    const name = esc(reportPath(file.filePath, ctx.cwd));
    // The format as the CLI chose it for this file (stdin without a name is plain text).
    const chart = toneChart(file.source, formatForPath(file.filePath) ?? 'plaintext', file.findings, file.words ?? 0, ctx.language);
    yield `<section class="file" data-file="${name}" aria-labelledby="file-${i}">\n<h2 id="file-${i}">${name}</h2>\n`;
    yield `<p class="score" data-score="${chart.score}"><strong>${esc(chart.scoreText)}</strong>: ${esc(chart.reading)}. <span class="words">${esc(chart.wordsText)}</span></p>\n`;
    yield '<div class="chart">\n';
    for (const s of chart.sections) {
      yield `<figure class="tone-section" data-findings="${s.section.findings.length}">\n<figcaption><strong>${esc(s.label)}</strong> <span class="words">${esc(s.wordsText)}</span></figcaption>\n<ul class="bars">\n`;
      for (const b of s.bars) {
        yield `<li class="bar-row" data-family="${b.family}" data-count="${b.count}"><span class="family">${esc(b.name)}</span><span class="track" role="img" aria-label="${esc(b.label)}"><span class="bar ${b.family}" style="width:${b.width.toFixed(1)}%"></span></span><span class="value">${esc(b.value)}</span></li>\n`;
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
