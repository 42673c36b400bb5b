import { decodeHTMLStrict } from 'entities';
import type { SegmentBuilder } from './segment';

const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * Adds raw source text at `docOffset` to a segment, decoding character references.
 * Verbatim runs keep an exact map; a decoded reference maps to where it starts.
 */
export function addDecoded(builder: SegmentBuilder, raw: string, docOffset: number): void {
  if (raw.indexOf('&') < 0) {
    builder.addSource(raw, docOffset);
    return;
  }
  let last = 0;
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(raw); m; m = ENTITY.exec(raw)) {
    const decoded = decodeHTMLStrict(m[0]);
    if (decoded === m[0]) continue;
    builder.addSource(raw.slice(last, m.index), docOffset + last);
    builder.addDecoded(decoded, docOffset + m.index, m[0].length);
    last = m.index + m[0].length;
  }
  builder.addSource(raw.slice(last), docOffset + last);
}
