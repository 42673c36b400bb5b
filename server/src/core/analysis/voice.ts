/**
 * Voice: whether a text sells (offer, price, call to action, reader address, evaluative claims),
 * informs (news, reports, encyclopedic text), instructs (documentation, manuals) or states terms
 * (contracts, terms and conditions). Rules declare the voices they apply to; a paragraph's own
 * clear voice wins, and an unclear one takes the voice of its document.
 */
export const VOICES = ['sells', 'informs', 'instructs', 'terms'] as const;
export type Voice = (typeof VOICES)[number] | 'unknown';

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
 * A paragraph's voice in its document: its own where clear, and strong enough (`override`) where
 * the document has another clear voice; else the document's. One „erhältlich“ in a manual's
 * paragraph does not make it sell.
 */
export function paragraphVoice(s: VoiceSignals, docVoice: Voice, min: Float64Array, override: Float64Array): Voice {
  const own = classifyVoice(s, min);
  if (own === 'unknown') return docVoice;
  if (docVoice !== 'unknown' && docVoice !== own && s[VOICES.indexOf(own)] < override[VOICES.indexOf(own)]) return docVoice;
  return own;
}
