/**
 * The tone profile webview's script: draws the profile the extension posts and asks it to reveal
 * a bar's findings. It knows the profile's shape only; words and numbers come from the server.
 */
import type { ToneProfile } from '../../server/src/protocol';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('profile')!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

// Made once, so a screen reader announces the reading when it changes, not each redraw.
const score = el('p', 'score');
score.setAttribute('aria-live', 'polite');
const hint = el('p', 'hint');
const sections = el('div', 'sections');
const scale = el('p', 'scale');

function render(p: ToneProfile): void {
  // A redraw while the writer types must not take the keyboard focus from a bar.
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
  document.documentElement.lang = p.lang;
  if (!score.isConnected) root.replaceChildren(score, hint, sections, scale);
  const reading = p.note ?? `${p.scoreText}: ${p.reading}. ${p.wordsText}`;
  if (score.textContent !== reading) score.textContent = reading;
  hint.textContent = p.hint;
  scale.textContent = p.scale;
  sections.replaceChildren(
    ...p.sections.map((s, i) => {
      const section = el('section', 'tone-section');
      const heading = el('h2', undefined, `${s.label} `);
      heading.append(el('span', 'words', s.wordsText));
      const bars = el('ul', 'bars');
      for (const b of s.bars) {
        const row = el('li', 'bar-row');
        row.dataset.family = b.family;
        row.dataset.count = String(b.count);
        const button = el('button', 'bar-button');
        button.type = 'button';
        button.dataset.key = `${i}/${b.family}`;
        button.dataset.section = String(i);
        button.dataset.family = b.family;
        button.setAttribute('aria-label', `${s.label}, ${b.label}`);
        const track = el('span', 'track');
        const bar = el('span', 'bar');
        // Through the CSSOM: the policy allows no style attributes.
        bar.style.width = `${b.width.toFixed(1)}%`;
        track.append(bar);
        button.append(el('span', 'family', b.name), track, el('span', 'value', b.value));
        row.append(button);
        bars.append(row);
      }
      section.append(heading, bars);
      return section;
    }),
  );
  if (focused) sections.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`)?.focus();
}

window.addEventListener('message', (e: MessageEvent<{ type?: string; profile?: ToneProfile }>) => {
  if (e.data?.type === 'profile' && e.data.profile) render(e.data.profile);
});

// A click, and Enter or Space on the focused button.
sections.addEventListener('click', (e) => {
  const button = e.target instanceof Element ? e.target.closest<HTMLElement>('.bar-button') : null;
  if (button) vscode.postMessage({ type: 'reveal', section: Number(button.dataset.section), family: button.dataset.family });
});

vscode.postMessage({ type: 'ready' });
