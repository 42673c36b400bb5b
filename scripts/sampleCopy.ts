/** Marketing copy for the long-document tests and the benchmark: features, push, polarize and calm prose. */
export const SAMPLE_SENTENCES = ['Das revolutionäre Messer. Jetzt kaufen!', 'Unsere Konkurrenz schläft, wir nicht.', 'The game-changing knife has 16 GB, 5000 mAh, IP68, 5G and NFC.', 'A calm sentence about the weather in spring.'];

/**
 * `count` numbered sample sentences joined by `separator` (a blank line: paragraphs; a space:
 * one paragraph). Numbered, so no two are alike (the server reuses the result of a part it has seen).
 */
export function sampleCopy(count: number, separator: string): string {
  return Array.from({ length: count }, (_, i) => `${SAMPLE_SENTENCES[i % SAMPLE_SENTENCES.length]} (${i})`).join(separator) + '\n';
}
