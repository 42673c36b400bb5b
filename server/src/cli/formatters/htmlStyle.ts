/**
 * The HTML report's stylesheet, inline because the report loads nothing. Colours follow the
 * reader's light or dark preference; text keeps at least 4.5:1 contrast and bars 3:1 against the
 * background, and under forced colours (Windows high contrast) bars take the system's text colour.
 */
export const HTML_STYLE = `
:root { --bg: #ffffff; --fg: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --track: #ececec; --link: #0b57d0;
  --features: #1d4ed8; --push: #b45309; --polarize: #7e22ce; --error: #b3261e; --warning: #8a5300; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #16181d; --fg: #eceff4; --muted: #b8bdc7; --line: #3d424d; --track: #2a2e36; --link: #8ab4f8;
    --features: #93c5fd; --push: #fcd34d; --polarize: #d8b4fe; --error: #f2b8b5; --warning: #ffd27a; }
}
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 0.25rem; overflow-wrap: anywhere; }
a { color: var(--link); }
.words, .value, .scale, .version { color: var(--muted); }
.chart { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 0.75rem; margin: 0.75rem 0; }
.tone-section { margin: 0; padding: 0.6rem 0.75rem; border: 1px solid var(--line); border-radius: 6px; }
.tone-section figcaption { margin-bottom: 0.3rem; overflow-wrap: anywhere; }
.bars { list-style: none; margin: 0; padding: 0; }
.bar-row { display: grid; grid-template-columns: 7.5rem 1fr 4.5rem; align-items: center; gap: 0.5rem; }
.track { height: 0.8rem; background: var(--track); border-radius: 3px; overflow: hidden; }
.bar { display: block; height: 100%; }
.bar.features { background: var(--features); }
.bar.push { background: var(--push); }
.bar.polarize { background: var(--polarize); }
.value { text-align: right; font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line); }
td:first-child { font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.error td:nth-child(2) { color: var(--error); font-weight: 600; }
tr.warning td:nth-child(2) { color: var(--warning); }
footer { margin-top: 2rem; border-top: 1px solid var(--line); padding-top: 0.75rem; }
@media (forced-colors: active) { .bar { background: CanvasText; } .track { border: 1px solid CanvasText; } }
`;
