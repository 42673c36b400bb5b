/**
 * JSON written piece by piece: a report on a 45 MB file is longer than the longest string V8
 * allows (about 512 MB), so no report may be built as one string or one object graph.
 */

/**
 * A value whose long arrays are produced lazily: `skeleton` is small JSON in which the string
 * `arrayAt(i)` stands for `arrays[i]`. Items may be LazyJson again (a file's messages inside
 * the list of files).
 */
export class LazyJson {
  constructor(
    readonly skeleton: unknown,
    readonly arrays: Iterable<unknown>[],
  ) {}
}

// JSON.stringify writes U+0000 as \u0000, which no other string in a report contains.
const MARK = '\u0000lazy-array-';
export const arrayAt = (i: number) => MARK + i;
const markIn = (i: number) => JSON.stringify(arrayAt(i));

const indented = (json: string, indent: string) => (indent ? json.replace(/\n/g, '\n' + indent) : json);

/** The text JSON.stringify(value, null, 2) would give, in chunks, each line indented by `indent`. */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  if (!(value instanceof LazyJson)) {
    yield indented(JSON.stringify(value, null, 2), indent);
    return;
  }
  const text = JSON.stringify(value.skeleton, null, 2);
  let last = 0;
  for (const [i, items] of value.arrays.entries()) {
    const mark = markIn(i);
    const at = text.indexOf(mark, last);
    if (at < 0) throw new Error(`LazyJson: arrayAt(${i}) is not in the skeleton`);
    yield indented(text.slice(last, at), indent);
    const lineStart = text.lastIndexOf('\n', at) + 1;
    yield* arrayChunks(items, indent + /^ */.exec(text.slice(lineStart))![0]);
    last = at + mark.length;
  }
  yield indented(text.slice(last), indent);
}

function* arrayChunks(items: Iterable<unknown>, indent: string): Generator<string> {
  let n = 0;
  for (const item of items) {
    yield `${n++ ? ',' : '['}\n${indent}  `;
    yield* jsonChunks(item, indent + '  ');
  }
  yield n ? `\n${indent}]` : '[]';
}
