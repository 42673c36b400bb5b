/** "1 file", "2 files", „2 Dateien“: a count with its noun, in the reports' own lines. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
