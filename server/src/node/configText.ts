import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import type { Node as YamlNode } from 'yaml';
import { jsonc, yaml } from '../core/libraries';
import type { EngineText } from '../core/rules/model';

/** A config file's text read into data, with where each part of it stands. */
export interface ConfigText {
  data: unknown;
  /**
   * Offset of the value at `path` (of its key `key`, when given), or of the deepest part of
   * the path that exists: an error names the line of the offending setting.
   */
  offsetOf(path: string[], key?: string): number;
}

/** A syntax error at an offset of the text. */
export class ConfigSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly text: EngineText,
  ) {
    super(text.text);
  }
}

/**
 * Reads JSON with comments and trailing commas (JSONC, as markdownlint and cspell accept in
 * their configs), or strict JSON (`strict`: package.json, which npm must read too).
 */
export function parseJsonConfig(text: string, strict: boolean): ConfigText {
  const { parseTree, getNodeValue, printParseErrorCode } = jsonc();
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: !strict, disallowComments: strict, allowEmptyContent: false });
  if (errors.length || !root) {
    const e = errors[0];
    // "PropertyNameExpected" → "property name expected"
    const what = e ? printParseErrorCode(e.error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase() : 'empty file';
    throw new ConfigSyntaxError(e?.offset ?? 0, { text: 'configInvalidJson', vars: { reason: what } });
  }
  rejectDuplicateKeys(root);
  const property = (object: JsonNode, key: string) => object.children?.find((p) => p.children?.[0].value === key);
  return {
    // Plain objects, as JSON.parse makes them (jsonc-parser's have no prototype); "__proto__" stays an own key.
    data: JSON.parse(JSON.stringify(getNodeValue(root))),
    offsetOf(path, key) {
      let node = root;
      for (const step of path) {
        const next = node.type === 'object' ? property(node, step)?.children?.[1] : node.type === 'array' ? node.children?.[Number(step)] : undefined;
        if (!next) break;
        node = next;
      }
      const named = key !== undefined && node.type === 'object' ? property(node, key)?.children?.[0] : undefined;
      return (named ?? node).offset;
    },
  };
}

/** A key given twice in an object is an error, as in YAML: JSON readers silently keep one of them. */
function rejectDuplicateKeys(node: JsonNode): void {
  if (node.type === 'object') {
    const seen = new Set<unknown>();
    for (const p of node.children ?? []) {
      const key = p.children?.[0];
      if (!key) continue;
      if (seen.has(key.value)) throw new ConfigSyntaxError(key.offset, { text: 'configDuplicateKey', vars: { key: JSON.stringify(key.value) } });
      seen.add(key.value);
    }
  }
  for (const child of node.children ?? []) rejectDuplicateKeys(child);
}

/** Reads YAML, refusing duplicate keys and alias bombs. */
export function parseYamlConfig(text: string): ConfigText {
  const { parseDocument, isMap, isSeq } = yaml();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) throw new ConfigSyntaxError(doc.errors[0].pos[0], { text: 'configInvalidYaml', vars: { reason: doc.errors[0].message.split('\n')[0] } });
  let data;
  try {
    // yaml refuses more aliases than this (a "billion laughs" document) instead of expanding them.
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (err) {
    throw new ConfigSyntaxError(0, { text: 'configInvalidYaml', vars: { reason: (err as Error).message } });
  }
  const pair = (map: YamlNode, key: string) => (isMap(map) ? map.items.find((p) => String((p.key as { value?: unknown })?.value) === key) : undefined);
  return {
    data,
    offsetOf(path, key) {
      let node = doc.contents as YamlNode | null;
      for (const step of path) {
        const next = isMap(node) ? ((pair(node, step)?.value ?? pair(node, step)?.key) as YamlNode | undefined) : isSeq(node) ? (node.items[Number(step)] as YamlNode | undefined) : undefined;
        if (!next) break;
        node = next;
      }
      const named = key !== undefined && node ? (pair(node, key)?.key as YamlNode | undefined) : undefined;
      return (named ?? node)?.range?.[0] ?? 0;
    },
  };
}
