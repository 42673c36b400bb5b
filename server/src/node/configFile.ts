import type { Voice } from '../core/analysis/voice';
import type { default as AjvClass, ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import { errorReason, readSmallFile } from './files';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import { join } from 'node:path';
import { Ajv, yaml } from '../core/libraries';
import type { CustomTerm } from '../core/rules/custom';
import type { Lang } from '../core/types';
import { defaultRulesDir } from './ruleFiles';

/** A problem in a config file, with the position of the offending key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = 'ConfigError';
  }
}

export type RawSeverity = 'off' | 'warn' | 'warning' | 'error' | 0 | 1 | 2;
export type RawRules = Record<string, RawSeverity | [RawSeverity, Record<string, number>?]>;

/** A config file's data as written (validated against the schema). */
export interface RawConfig {
  extends?: string | string[];
  language?: 'auto' | Lang;
  voice?: 'auto' | Voice;
  rules?: RawRules;
  ignores?: string[];
  overrides?: { files: string[]; excludedFiles?: string[]; language?: 'auto' | Lang; voice?: 'auto' | Voice; rules?: RawRules }[];
  terms?: { allow?: string[]; custom?: (Omit<CustomTerm, 'severity'> & { severity?: RawSeverity })[] };
}

let validator: ReturnType<AjvClass['compile']> | undefined;
export function configSchemaPath(): string {
  return join(defaultRulesDir(), 'schema', 'config.schema.json');
}
function validate(data: unknown): ErrorObject[] {
  if (!validator) validator = new (Ajv())({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(configSchemaPath(), 'utf8')));
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** One config source: a config file, or the "copylint" key of a package.json. */
export class ConfigSource {
  private constructor(
    readonly path: string,
    readonly data: RawConfig,
    private readonly doc: Document,
    private readonly lines: LineCounter,
    /** JSON pointer of the config inside the file ("" or "/copylint"). */
    private readonly base: string,
  ) {}

  /** Reads and schema-checks a config file; `key` reads one key of a JSON file (package.json). Throws ConfigError. */
  static read(path: string, key?: string): ConfigSource {
    let text: string;
    try {
      text = readSmallFile(path);
    } catch (err) {
      throw new ConfigError(path, 1, 1, `cannot read config: ${errorReason(err)}`);
    }
    const { LineCounter, parseDocument } = yaml();
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const pos = (offset: number) => lines.linePos(offset);
    if (path.endsWith('.json')) {
      // YAML accepts more than JSON (trailing commas, comments); a .json file must be strict JSON.
      try {
        JSON.parse(text);
      } catch (err) {
        const m = /position (\d+)/.exec((err as Error).message);
        const p = pos(m ? Number(m[1]) : 0);
        throw new ConfigError(path, p.line, p.col, `invalid JSON: ${(err as Error).message.replace(/ in JSON at position.*$/, '')}`);
      }
    }
    if (doc.errors.length) {
      const p = pos(doc.errors[0].pos[0]);
      throw new ConfigError(path, p.line, p.col, `invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    }
    let whole;
    try {
      // yaml refuses more aliases than this (a "billion laughs" document) instead of expanding them.
      whole = doc.toJS({ maxAliasCount: 100 }) ?? {};
    } catch (err) {
      throw new ConfigError(path, 1, 1, `invalid YAML: ${(err as Error).message}`);
    }
    const data = key ? whole[key] : whole;
    const source = new ConfigSource(path, data as RawConfig, doc, lines, key ? `/${key}` : '');
    if (typeof data !== 'object' || data === null || Array.isArray(data)) source.fail('', key ? `"${key}" must be an object of settings` : 'a config must be an object of settings');
    const errors = validate(data);
    if (errors.length) {
      // Report the most telling error; Ajv also lists each failed oneOf alternative.
      const rank = (x: ErrorObject) => ['additionalProperties', 'pattern', 'propertyNames', 'enum', 'required'].indexOf(x.keyword) + 1 || 9;
      const e = [...errors].sort((a, b) => rank(a) - rank(b))[0];
      const d = describe(e);
      source.fail(d.pointer, d.message, d.key);
    }
    return source;
  }

  /** Throws a ConfigError at a JSON pointer inside this config (at the key itself when `key` is given). */
  fail(pointer: string, message: string, key?: string): never {
    const node = key !== undefined ? this.keyNode(pointer, key) : this.node(pointer);
    const p = this.lines.linePos(node?.range?.[0] ?? 0);
    throw new ConfigError(this.path, p.line, p.col, message);
  }

  private node(pointer: string): YamlNode | null {
    const { isMap, isSeq } = yaml();
    let node = this.doc.contents as YamlNode | null;
    for (const raw of (this.base + pointer).split('/').slice(1)) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (isMap(node)) {
        const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value) === key);
        if (!pair) break;
        node = (pair.value as YamlNode) ?? (pair.key as YamlNode);
      } else if (isSeq(node)) {
        const item = node.items[Number(key)] as YamlNode | undefined;
        if (!item) break;
        node = item;
      } else break;
    }
    return node;
  }

  private keyNode(pointer: string, key: string): YamlNode | null {
    const parent = this.node(pointer);
    if (!yaml().isMap(parent)) return parent;
    const pair = parent.items.find((p) => String((p.key as { value?: unknown })?.value) === key);
    return (pair?.key as YamlNode) ?? parent;
  }
}

/** Escapes a key for a JSON pointer ("push/hype" → "push~1hype"). */
export const pointerKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function describe(e: ErrorObject): { pointer: string; key?: string; message: string } {
  const where = e.instancePath || '(top level)';
  if (e.keyword === 'additionalProperties') {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    return { pointer: e.instancePath, key, message: `unknown key "${key}"${e.instancePath ? ` in ${where}` : ''}` };
  }
  const propertyName = (e as { propertyName?: string }).propertyName ?? (e.params as { propertyName?: string }).propertyName;
  if (e.keyword === 'propertyNames' || propertyName !== undefined) {
    return { pointer: e.instancePath, key: propertyName ?? '', message: `"${propertyName}" is not a rule id (expected family/name, e.g. push/hype)` };
  }
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
    return { pointer: e.instancePath, message: `${where} must be one of ${allowed}` };
  }
  if (e.keyword === 'required') {
    return { pointer: e.instancePath, message: `${where} needs "${(e.params as { missingProperty: string }).missingProperty}"` };
  }
  return { pointer: e.instancePath, message: `${where} ${e.message}` };
}
