/** "1 file", "2 files": English counts in the CLI's own report lines. */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
