import type { Voice } from '../core/analysis/voice';
import type { default as AjvClass, ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import { errorReason, readSmallFile } from './files';
import { basename, join } from 'node:path';
import { Ajv } from '../core/libraries';
import { LineIndex } from '../core/parse/lines';
import type { CustomTerm } from '../core/rules/custom';
import type { Lang } from '../core/types';
import { ConfigSyntaxError, parseJsonConfig, parseYamlConfig, type ConfigText } from './configText';
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

export type RawSeverity = 'off' | 'info' | 'warn' | 'warning' | 'error' | 0 | 1 | 2;
export type RawRules = Record<string, RawSeverity | [RawSeverity, Record<string, number>?]>;

/** A config file's data as written (validated against the schema). */
export interface RawConfig {
  extends?: string | string[];
  language?: 'auto' | Lang;
  voice?: 'auto' | Voice;
  messageLanguage?: 'auto' | Lang;
  rules?: RawRules;
  baseline?: string;
  ignores?: string[];
  overrides?: { files: string[]; excludedFiles?: string[]; language?: 'auto' | Lang; voice?: 'auto' | Voice; rules?: RawRules }[];
  terms?: { allow?: string[]; custom?: (Omit<CustomTerm, 'severity'> & { severity?: RawSeverity })[] };
}

export const CONFIG_FILES = ['.copylintrc.json', '.copylintrc.yaml', '.copylintrc.yml'];

let validator: ReturnType<AjvClass['compile']> | undefined;
let settingKeys: Set<string> | undefined;
export function configSchemaPath(): string {
  return join(defaultRulesDir(), 'schema', 'config.schema.json');
}
function validate(data: unknown): ErrorObject[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(configSchemaPath(), 'utf8'));
    validator = new (Ajv())({ allErrors: true, strict: false }).compile(schema);
    // "$schema" names a schema, as any JSON Schema or JSON file may: it makes no file a config.
    settingKeys = new Set(Object.keys(schema.properties).filter((k) => k !== '$schema'));
  }
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/**
 * Whether a file that failed the schema is a config at all: one of its top-level keys is a
 * setting. A file that is not one (`extends: ../../outside.yaml`, `/etc/…`) is refused without
 * quoting it: its key names and values are someone else's data, not the writer's mistake.
 */
function isConfigLike(data: object): boolean {
  return Object.keys(data).some((k) => settingKeys!.has(k));
}

/** Data files a config may be written as: anything else that fails to parse is not quoted either. */
const CONFIG_NAME = /\.(?:json|ya?ml)$/;

/** One config source: a config file, or the "copylint" key of a package.json. */
export class ConfigSource {
  private constructor(
    readonly path: string,
    readonly data: RawConfig,
    private readonly text: ConfigText,
    private readonly lines: LineIndex,
    /** Path of the config inside the file ([] or ["copylint"]). */
    private readonly base: string[],
  ) {}

  /** Reads and schema-checks a config file; `key` reads one key of a JSON file (package.json). Throws ConfigError. */
  static read(path: string, key?: string): ConfigSource {
    let raw: string;
    try {
      raw = readSmallFile(path);
    } catch (err) {
      throw new ConfigError(path, 1, 1, `cannot read config: ${errorReason(err)}`);
    }
    const lines = new LineIndex(raw);
    let text: ConfigText;
    try {
      text = path.endsWith('.json') ? parseJsonConfig(raw, path.endsWith('package.json')) : parseYamlConfig(raw);
    } catch (err) {
      if (!(err instanceof ConfigSyntaxError)) throw err;
      const p = lines.position(err.offset);
      // A parser's message may quote the text; for a file not named as data it is no config's.
      throw new ConfigError(path, p.line + 1, p.character + 1, CONFIG_NAME.test(path) ? err.message : 'not a copylint config: not JSON or YAML');
    }
    const whole = text.data as Record<string, unknown>;
    const data = key ? whole?.[key] : whole;
    const source = new ConfigSource(path, data as RawConfig, text, lines, key ? [key] : []);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) source.fail('', key ? `"${key}" must be an object of settings` : 'a config must be an object of settings');
    const errors = validate(data);
    if (errors.length) {
      // A file named as a config is one, typos and all; any other is judged by its keys.
      if (!key && !CONFIG_FILES.includes(basename(path)) && !isConfigLike(data as object)) throw new ConfigError(path, 1, 1, 'not a copylint config: none of its top-level keys is a copylint setting');
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
    const steps = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const p = this.lines.position(this.text.offsetOf([...this.base, ...steps], key));
    throw new ConfigError(this.path, p.line + 1, p.character + 1, message);
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
