import type { Voice } from '../core/analysis/voice';
import { existsSync, realpathSync } from 'node:fs';
import { readSmallFile } from './files';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { CustomTerm } from '../core/rules/custom';
import { userPattern, UserPatternError } from '../core/rules/patterns';
import type { Lang, Severity } from '../core/types';
import { CONFIG_FILES, ConfigSource, pointerKey, type RawConfig, type RawRules, type RawSeverity } from './configFile';
import { defaultRulesDir } from './ruleFiles';

export { CONFIG_FILES, ConfigError } from './configFile';
export const PRESET_PREFIX = 'copylint:';

/** What a config is checked against: the built-in rule ids and each rule's numeric options. */
export interface RuleCatalog {
  has(id: string): boolean;
  options(id: string): Record<string, number> | undefined;
}

interface RuleSetting {
  severity?: Severity;
  options?: Record<string, number>;
}

interface Override {
  base: string;
  match: (rel: string) => boolean;
  language?: 'auto' | Lang;
  voice?: 'auto' | Voice;
  rules: Record<string, RuleSetting>;
}

/** A config with its extends chain merged, before per-file overrides. */
interface Layer {
  files: string[];
  language?: 'auto' | Lang;
  voice?: 'auto' | Voice;
  messageLanguage?: 'auto' | Lang;
  rules: Record<string, RuleSetting>;
  baseline?: string;
  ignores: { base: string; patterns: string[] }[];
  overrides: Override[];
  allow: string[];
  custom: CustomTerm[];
}

/** The settings that apply to one file. */
export interface ResolvedConfig {
  /** Config files that contributed, nearest last (empty for the defaults). */
  files: string[];
  language: 'auto' | Lang;
  voice: 'auto' | Voice;
  /** The language of messages; the editor's setting and the CLI's flag win over it. */
  messageLanguage: 'auto' | Lang;
  rules: Record<string, Severity>;
  ruleOptions: Record<string, Record<string, number>>;
  /** The baseline file the config names (absolute). */
  baseline?: string;
  ignores: { base: string; patterns: string[] }[];
  allow: string[];
  custom: CustomTerm[];
}

export function normalizeSeverity(s: RawSeverity): Severity {
  return s === 'off' || s === 0 ? 'off' : s === 'info' ? 'info' : s === 'error' || s === 2 ? 'error' : 'warning';
}

export function presetNames(): string[] {
  const dir = join(defaultRulesDir(), 'presets');
  return ['recommended', 'strict', 'landing-page', 'press-release', 'social-post'].filter((n) => existsSync(join(dir, `${n}.yaml`)));
}

const emptyLayer = (): Layer => ({ files: [], rules: {}, ignores: [], overrides: [], allow: [], custom: [] });

function mergeRules(into: Record<string, RuleSetting>, from: Record<string, RuleSetting>): void {
  for (const [id, s] of Object.entries(from)) {
    // A later severity-only setting keeps earlier options, as in ESLint.
    into[id] = { severity: s.severity ?? into[id]?.severity, options: s.options ?? into[id]?.options };
  }
}

function mergeLayers(layers: Layer[]): Layer {
  const out = emptyLayer();
  for (const l of layers) {
    for (const f of l.files) if (!out.files.includes(f)) out.files.push(f);
    if (l.language) out.language = l.language;
    if (l.voice) out.voice = l.voice;
    if (l.messageLanguage) out.messageLanguage = l.messageLanguage;
    if (l.baseline) out.baseline = l.baseline;
    mergeRules(out.rules, l.rules);
    out.ignores.push(...l.ignores);
    out.overrides.push(...l.overrides);
    out.allow.push(...l.allow.filter((a) => !out.allow.includes(a)));
    for (const c of l.custom) {
      const at = out.custom.findIndex((x) => x.id === c.id);
      if (at >= 0) out.custom[at] = c;
      else out.custom.push(c);
    }
  }
  return out;
}

function toSettings(rules: RawRules | undefined): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(rules ?? {})) {
    const [severity, options] = Array.isArray(value) ? value : [value];
    out[id] = { severity: normalizeSeverity(severity), ...(options ? { options } : {}) };
  }
  return out;
}

/**
 * Finds, reads and merges configs: `.copylintrc.*` or package.json's "copylint" key from a
 * file's folder upwards, their `extends` chains (paths, npm packages, presets), and the
 * `overrides` that match the file. Nothing in a config is ever executed.
 */
export class ConfigResolver {
  private readonly found = new Map<string, string | undefined>();
  private readonly layers = new Map<string, Layer>();

  /**
   * `workspace` (the editor's) gives the folders an `extends` target must lie in: a workspace
   * the user has not vetted must not make copylint read their other files. Without it (the
   * CLI), a config may extend any file, as the user who runs it chose it.
   */
  constructor(
    private readonly catalog: RuleCatalog,
    private readonly workspace?: () => string[],
  ) {}

  /** Forgets everything read, so edited configs are read again (the language server calls this). */
  clear(): void {
    this.found.clear();
    this.layers.clear();
  }

  /** The nearest config source for a folder: a .copylintrc.* file or a package.json with a "copylint" key. */
  find(dir: string): string | undefined {
    const chain: string[] = [];
    let hit: string | undefined;
    for (let d = resolve(dir); ; d = dirname(d)) {
      if (this.found.has(d)) {
        hit = this.found.get(d);
        break;
      }
      chain.push(d);
      hit = CONFIG_FILES.map((f) => join(d, f)).find((f) => existsSync(f));
      if (!hit) {
        const pkg = join(d, 'package.json');
        if (existsSync(pkg) && hasCopylintKey(pkg)) hit = pkg;
      }
      if (hit || dirname(d) === d) break;
    }
    for (const d of chain) this.found.set(d, hit);
    return hit;
  }

  /** The settings for a file: the nearest config (or `configFile`), merged, with matching overrides applied. */
  forFile(path: string, configFile?: string): ResolvedConfig {
    const file = configFile ? resolve(configFile) : this.find(dirname(resolve(path)));
    const layer = file ? this.load(file, []) : emptyLayer();
    const rules: Record<string, RuleSetting> = { ...layer.rules };
    let language = layer.language ?? 'auto';
    let voice = layer.voice ?? 'auto';
    for (const o of layer.overrides) {
      const rel = relative(o.base, resolve(path)).split('\\').join('/');
      if (rel.startsWith('..') || !o.match(rel)) continue;
      mergeRules(rules, o.rules);
      if (o.language) language = o.language;
      if (o.voice) voice = o.voice;
    }
    const severities: Record<string, Severity> = {};
    const ruleOptions: Record<string, Record<string, number>> = {};
    for (const [id, s] of Object.entries(rules)) {
      if (s.severity) severities[id] = s.severity;
      if (s.options) ruleOptions[id] = s.options;
    }
    return { files: layer.files, language, voice, messageLanguage: layer.messageLanguage ?? 'auto', rules: severities, ruleOptions, baseline: layer.baseline, ignores: layer.ignores, allow: layer.allow, custom: layer.custom };
  }

  /** Reads one config and everything it extends; `stack` holds the chain, to catch cycles. */
  private load(path: string, stack: string[]): Layer {
    const cached = this.layers.get(path);
    if (cached) return cached;
    const source = ConfigSource.read(path, path.endsWith('package.json') ? 'copylint' : undefined);
    const data = source.data;
    const dir = dirname(path);

    const extended: Layer[] = [];
    const entries = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
    entries.forEach((entry, i) => {
      const pointer = Array.isArray(data.extends) ? `/extends/${i}` : '/extends';
      const target = this.resolveExtends(entry, dir, source, pointer);
      if (this.workspace && !within(target, this.boundary(stack[0] ?? path))) {
        source.fail(pointer, `extends "${entry}": ${target} is outside the workspace; in the editor a config may extend only files in the workspace folder (node_modules included) and the presets`);
      }
      if (target === path || stack.includes(target)) {
        const chain = [...stack, path, target].map((p) => relative(process.cwd(), p) || p).join(' → ');
        source.fail(pointer, `extends cycle: ${chain}`);
      }
      // A chain of thousands of configs is an attack, not a setup; it also overflowed the stack.
      if (stack.length + 1 >= MAX_EXTENDS_DEPTH) source.fail(pointer, `extends chain deeper than ${MAX_EXTENDS_DEPTH} configs`);
      extended.push(this.load(target, [...stack, path]));
    });

    // Globs become regular expressions that can backtrack: a pattern with many wildcards
    // ("*a*a*a*a*a*a*b") took minutes on a long file name, so such patterns are config errors.
    (data.ignores ?? []).forEach((g, i) => checkGlob(source, `/ignores/${i}`, g));
    (data.overrides ?? []).forEach((o, k) => {
      o.files.forEach((g, i) => checkGlob(source, `/overrides/${k}/files/${i}`, g));
      (o.excludedFiles ?? []).forEach((g, i) => checkGlob(source, `/overrides/${k}/excludedFiles/${i}`, g));
    });

    const baseline = data.baseline === undefined ? undefined : resolve(dir, data.baseline);
    // As for extends: an unvetted workspace must not make the editor read the user's other files.
    if (baseline && this.workspace && existsSync(baseline) && !within(baseline, this.boundary(stack[0] ?? path))) {
      source.fail('/baseline', `baseline "${data.baseline}": ${baseline} is outside the workspace; in the editor a baseline must lie in the workspace folder`);
    }

    const own: Layer = {
      files: [path],
      language: data.language,
      voice: data.voice,
      messageLanguage: data.messageLanguage,
      rules: toSettings(data.rules),
      baseline,
      ignores: data.ignores?.length ? [{ base: dir, patterns: data.ignores }] : [],
      overrides: (data.overrides ?? []).map((o) => {
        const include = picomatch(o.files, { dot: true });
        const exclude = o.excludedFiles?.length ? picomatch(o.excludedFiles, { dot: true }) : () => false;
        return { base: dir, match: (rel: string) => include(rel) && !exclude(rel), language: o.language, voice: o.voice, rules: toSettings(o.rules) };
      }),
      allow: data.terms?.allow ?? [],
      custom: (data.terms?.custom ?? []).map((c) => ({ ...c, severity: c.severity === undefined ? undefined : (normalizeSeverity(c.severity) as Exclude<Severity, 'off'>) })),
    };
    this.check(source, data, extended);
    const merged = mergeLayers([...extended, own]);
    this.layers.set(path, merged);
    return merged;
  }

  /** Checks what the schema cannot: rule ids, rule options, custom rule ids and patterns. */
  private check(source: ConfigSource, data: RawConfig, extended: Layer[]): void {
    const customIds = new Set([...extended.flatMap((l) => l.custom.map((c) => c.id))]);
    (data.terms?.custom ?? []).forEach((c, i) => {
      if (this.catalog.has(c.id)) source.fail(`/terms/custom/${i}/id`, `custom rule "${c.id}" has the id of a built-in rule; choose another (e.g. "team/…")`);
      if (c.severity !== undefined && normalizeSeverity(c.severity) === 'off') source.fail(`/terms/custom/${i}/severity`, 'a custom rule cannot default to "off"; turn it off in "rules"');
      if (c.pattern !== undefined) {
        try {
          userPattern(c.pattern);
        } catch (err) {
          if (err instanceof UserPatternError) source.fail(`/terms/custom/${i}/pattern`, err.message);
          throw err;
        }
      }
      customIds.add(c.id);
    });
    const checkRules = (rules: RawRules | undefined, pointer: string) => {
      for (const [id, value] of Object.entries(rules ?? {})) {
        const builtin = this.catalog.has(id);
        if (!builtin && !customIds.has(id)) source.fail(pointer, `unknown rule "${id}" (see copylint --list-rules)`, id);
        const options = Array.isArray(value) ? value[1] : undefined;
        if (!options) continue;
        const known = (builtin && this.catalog.options(id)) || {};
        for (const name of Object.keys(options)) {
          if (!(name in known)) {
            const list = Object.keys(known).join(', ') || 'none';
            source.fail(`${pointer}/${pointerKey(id)}/1`, `rule "${id}" has no option "${name}" (options: ${list})`, name);
          }
        }
      }
    };
    checkRules(data.rules, '/rules');
    (data.overrides ?? []).forEach((o, i) => checkRules(o.rules, `/overrides/${i}/rules`));
  }

  /** The folders an extends target may lie in: the workspace folders (or with none open, the first config's folder) and the presets. */
  private boundary(rootConfig: string): string[] {
    const folders = this.workspace!();
    return [...(folders.length ? folders : [dirname(rootConfig)]), join(defaultRulesDir(), 'presets')];
  }

  /** Where an `extends` entry points: a preset, a relative path, or an npm package's config. */
  private resolveExtends(entry: string, dir: string, source: ConfigSource, pointer: string): string {
    if (entry.startsWith(PRESET_PREFIX)) {
      const name = entry.slice(PRESET_PREFIX.length);
      const file = join(defaultRulesDir(), 'presets', `${name}.yaml`);
      if (!presetNames().includes(name)) source.fail(pointer, `unknown preset "${entry}" (presets: ${presetNames().map((n) => PRESET_PREFIX + n).join(', ')})`);
      return file;
    }
    if (entry.startsWith('.') || isAbsolute(entry)) {
      const file = resolve(dir, entry);
      if (!existsSync(file)) source.fail(pointer, `extends "${entry}": no such file ${file}`);
      return file;
    }
    const m = /^((?:@[^/]+\/)?[^/]+)(?:\/(.+))?$/.exec(entry);
    if (!m) source.fail(pointer, `extends "${entry}" is neither a path, a package name nor a preset`);
    const [, name, subpath] = m;
    for (let d = dir; ; d = dirname(d)) {
      const pkgDir = join(d, 'node_modules', name);
      if (existsSync(join(pkgDir, 'package.json'))) {
        const file = subpath ? join(pkgDir, subpath) : packageConfigFile(pkgDir);
        if (!file || !existsSync(file)) source.fail(pointer, `extends "${entry}": package ${pkgDir} has no copylint config (expected a "copylint" key in package.json, a JSON/YAML "main", .copylintrc.json/.yaml or copylint.json/.yaml)`);
        if (!/\.(json|ya?ml)$/.test(file)) source.fail(pointer, `extends "${entry}": ${file} is not JSON or YAML (configs are data only; copylint never runs code from a config)`);
        return file;
      }
      if (dirname(d) === d) break;
    }
    return source.fail(pointer, `extends "${entry}": package not found in node_modules from ${dir} (run npm install?)`);
  }
}

const MAX_EXTENDS_DEPTH = 32;
/**
 * Single-segment wildcards (`*`, `?`; `**` is free) a glob may hold: picomatch took 12 ms with
 * three on a 200-character name, 0.4 s with four and 14 s with five.
 */
const MAX_GLOB_WILDCARDS = 3;

function checkGlob(source: ConfigSource, pointer: string, glob: string): void {
  const wildcards = (glob.replace(/\*\*+/g, '').match(/[*?]/g) ?? []).length;
  if (wildcards > MAX_GLOB_WILDCARDS || glob.length > 1000) source.fail(pointer, `glob "${glob.slice(0, 60)}" is too complex: at most ${MAX_GLOB_WILDCARDS} "*" or "?" (besides "**"), as longer ones can take minutes to match`);
}

/**
 * Whether a file's real path (after symlinks, so a link cannot lead out) lies in one of the
 * folders. A file whose real path cannot be read (it vanished) is not known to lie in one.
 */
function within(file: string, folders: string[]): boolean {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return false;
  }
  return folders.some((f) => {
    const rel = relative(existsSync(f) ? realpathSync(f) : f, real);
    return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  });
}

function hasCopylintKey(pkg: string): boolean {
  try {
    const data = JSON.parse(readSmallFile(pkg));
    return typeof data === 'object' && data !== null && 'copylint' in data;
  } catch {
    return false;
  }
}

/** The config file a shared-config package offers. */
function packageConfigFile(pkgDir: string): string | undefined {
  const pkgJson = join(pkgDir, 'package.json');
  if (hasCopylintKey(pkgJson)) return pkgJson;
  let main: string | undefined;
  try {
    main = JSON.parse(readSmallFile(pkgJson)).main;
  } catch {
    main = undefined;
  }
  const candidates = [
    ...(main && /\.(json|ya?ml)$/.test(main) ? [main] : []),
    ...CONFIG_FILES,
    'copylint.json',
    'copylint.yaml',
    'copylint.yml',
  ];
  const found = candidates.map((c) => join(pkgDir, c)).find((f) => existsSync(f));
  return found ?? (main ? join(pkgDir, main) : undefined);
}
