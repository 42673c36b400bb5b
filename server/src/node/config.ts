import Ajv, { type ErrorObject } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Lang, Severity } from '../core/types';
import { defaultRulesDir } from './ruleFiles';

export const CONFIG_FILES = ['.copylintrc.json', '.copylintrc.yaml', '.copylintrc.yml'];

/** A configuration as the engine needs it, resolved from one file. */
export interface ResolvedConfig {
  /** The file it came from; undefined for the built-in defaults. */
  file?: string;
  language: 'auto' | Lang;
  rules: Record<string, Severity>;
  ruleOptions: Record<string, Record<string, number>>;
  /** Ignore patterns and the folder they are relative to. */
  ignores: { base: string; patterns: string[] };
}

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

type RawSeverity = 'off' | 'warn' | 'warning' | 'error' | 0 | 1 | 2;
interface RawConfig {
  language?: 'auto' | Lang;
  rules?: Record<string, RawSeverity | [RawSeverity, Record<string, number>?]>;
  ignores?: string[];
}

let validator: ReturnType<Ajv['compile']> | undefined;
function validate(data: unknown): ErrorObject[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(defaultRulesDir(), 'schema', 'config.schema.json'), 'utf8'));
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

export function normalizeSeverity(s: RawSeverity): Severity {
  return s === 'off' || s === 0 ? 'off' : s === 'error' || s === 2 ? 'error' : 'warning';
}

/** Finds the YAML node at a JSON pointer path ("/rules/push~1hype"); falls back to the nearest parent. */
function nodeAt(root: YamlNode | null, pointer: string): YamlNode | null {
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === key);
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

/** The key node of a property, for "unknown key" errors that should point at the key itself. */
function keyAt(root: YamlNode | null, pointer: string, key: string): YamlNode | null {
  const parent = nodeAt(root, pointer);
  if (!isMap(parent)) return parent;
  const pair = parent.items.find((p) => String((p.key as { value?: unknown })?.value) === key);
  return (pair?.key as YamlNode) ?? parent;
}

function describe(e: ErrorObject): { pointer: string; key?: string; message: string } {
  const where = e.instancePath || '(top level)';
  if (e.keyword === 'additionalProperties') {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    return { pointer: e.instancePath, key, message: `unknown key "${key}"${e.instancePath ? ` in ${where}` : ''}` };
  }
  const propertyName = (e as { propertyName?: string }).propertyName ?? (e.params as { propertyName?: string }).propertyName;
  if (e.keyword === 'propertyNames' || propertyName !== undefined) {
    const key = propertyName ?? '';
    return { pointer: e.instancePath, key, message: `"${key}" is not a rule id (expected features/…, push/… or polarize/…)` };
  }
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
    return { pointer: e.instancePath, message: `${where} must be one of ${allowed}` };
  }
  return { pointer: e.instancePath, message: `${where} ${e.message}` };
}

/** What a config is checked against: the rule ids and each rule's numeric options. */
export interface RuleCatalog {
  has(id: string): boolean;
  options(id: string): Record<string, number> | undefined;
}

/** Reads and validates one config file. Throws ConfigError naming the file, line and key. */
export function loadConfigFile(file: string, catalog: RuleCatalog): ResolvedConfig {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(path, 1, 1, `cannot read config: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(offset);
  if (path.endsWith('.json')) {
    // YAML accepts more than JSON (trailing commas, comments); a .json file must be strict JSON.
    try {
      JSON.parse(text);
    } catch (err) {
      const m = /position (\d+)/.exec((err as Error).message);
      const pos = at(m ? Number(m[1]) : 0);
      throw new ConfigError(path, pos.line, pos.col, `invalid JSON: ${(err as Error).message.replace(/ in JSON at position.*$/, '')}`);
    }
  }
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = at(e.pos[0]);
    throw new ConfigError(path, pos.line, pos.col, `invalid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]}`);
  }
  const data = (doc.toJS() ?? {}) as RawConfig;
  const fail = (node: YamlNode | null, message: string): never => {
    const pos = at(node?.range?.[0] ?? 0);
    throw new ConfigError(path, pos.line, pos.col, message);
  };
  if (typeof data !== 'object' || Array.isArray(data)) fail(doc.contents, 'a config must be an object of keys');

  const errors = validate(data);
  if (errors.length) {
    // Report the most telling error first; Ajv also lists each failed oneOf alternative.
    const rank = (x: ErrorObject) => ['additionalProperties', 'pattern', 'propertyNames', 'enum'].indexOf(x.keyword) + 1 || 9;
    const e = [...errors].sort((a, b) => rank(a) - rank(b))[0];
    const d = describe(e);
    fail(d.key ? keyAt(doc.contents, d.pointer, d.key) : nodeAt(doc.contents, d.pointer), d.message);
  }

  const rules: Record<string, Severity> = {};
  const ruleOptions: Record<string, Record<string, number>> = {};
  for (const [id, value] of Object.entries(data.rules ?? {})) {
    if (!catalog.has(id)) fail(keyAt(doc.contents, '/rules', id), `unknown rule "${id}" (see copylint --list-rules)`);
    const [severity, options] = Array.isArray(value) ? value : [value];
    rules[id] = normalizeSeverity(severity);
    if (!options) continue;
    const known = catalog.options(id) ?? {};
    for (const name of Object.keys(options)) {
      if (!(name in known)) {
        const list = Object.keys(known).join(', ') || 'none';
        fail(keyAt(doc.contents, `/rules/${id.replace(/\//g, '~1')}/1`, name), `rule "${id}" has no option "${name}" (options: ${list})`);
      }
    }
    ruleOptions[id] = options;
  }
  return {
    file: path,
    language: data.language ?? 'auto',
    rules,
    ruleOptions,
    ignores: { base: dirname(path), patterns: data.ignores ?? [] },
  };
}

export function defaultConfig(cwd: string): ResolvedConfig {
  return { language: 'auto', rules: {}, ruleOptions: {}, ignores: { base: cwd, patterns: [] } };
}

/** Finds the nearest config file from `dir` upwards, caching per folder. */
export class ConfigFinder {
  private readonly cache = new Map<string, string | undefined>();

  find(dir: string): string | undefined {
    const chain: string[] = [];
    let found: string | undefined;
    for (let d = resolve(dir); ; d = dirname(d)) {
      if (this.cache.has(d)) {
        found = this.cache.get(d);
        break;
      }
      chain.push(d);
      const hit = CONFIG_FILES.map((f) => join(d, f)).find((f) => existsSync(f));
      if (hit) {
        found = hit;
        break;
      }
      if (dirname(d) === d) break;
    }
    for (const d of chain) this.cache.set(d, found);
    return found;
  }
}
