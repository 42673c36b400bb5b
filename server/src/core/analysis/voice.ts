/**
 * Voice: whether a text sells (offer, price, call to action, reader address, evaluative claims),
 * informs (news, reports, encyclopedic text), instructs (documentation, manuals) or states terms
 * (contracts, terms and conditions). Rules declare the voices they apply to; a paragraph's own
 * clear voice wins, and an unclear one takes the voice of its document.
 */
export const VOICES = ['sells', 'informs', 'instructs', 'terms'] as const;
export type Voice = (typeof VOICES)[number] | 'unknown';
export type VoiceScope = 'paragraph' | 'document';

/** Evidence per voice, in the order of VOICES: weighted counts of cue words and marks. */
export type VoiceSignals = Float64Array;

export function noSignals(): VoiceSignals {
  return new Float64Array(VOICES.length);
}

export function addSignals(into: VoiceSignals, from: VoiceSignals): void {
  for (let v = 0; v < VOICES.length; v++) into[v] += from[v];
}

/**
 * The voice with the most evidence, when it has at least its `min`; selling wins a tie, since
 * gating a rule off where copy sells costs recall, and keeping it on costs one warning.
 */
export function classifyVoice(s: VoiceSignals, min: Float64Array): Voice {
  let best = 0;
  for (let v = 1; v < VOICES.length; v++) if (s[v] > s[best]) best = v;
  return s[best] >= min[best] ? VOICES[best] : 'unknown';
}

/**
 * A paragraph's voice in its document, as a rule of `scope` reads it (see RuleSpec.voiceScope):
 * its own where clear and, for the document scope, strong enough (`override`) where the
 * document has another clear voice; else the document's. One „erhältlich“ in a manual's
 * paragraph does not make its acronyms jargon.
 */
export function paragraphVoice(s: VoiceSignals, docVoice: Voice, scope: VoiceScope, min: Float64Array, override: Float64Array): Voice {
  const own = classifyVoice(s, min);
  if (own === 'unknown') return docVoice;
  return docVoice === 'unknown' || docVoice === own || stands(s, own, scope, override) ? own : docVoice;
}

/** The voice a rule of `scope` reads in the paragraph whatever its document, or undefined while that depends on the document. */
export function settledVoice(s: VoiceSignals, scope: VoiceScope, min: Float64Array, override: Float64Array): Voice | undefined {
  const own = classifyVoice(s, min);
  return own !== 'unknown' && stands(s, own, scope, override) ? own : undefined;
}

/** True when the paragraph's clear voice `own` stands against any other voice of its document, for a rule of `scope`. */
function stands(s: VoiceSignals, own: Exclude<Voice, 'unknown'>, scope: VoiceScope, override: Float64Array): boolean {
  if (scope === 'paragraph') return true;
  const v = VOICES.indexOf(own);
  return s[v] >= override[v];
}
