import { DEFAULT_SETTINGS, type Settings } from '../protocol';

/** Each setting's check, and what a wrong value is told it should be. */
const BOOLEAN: [(v: unknown) => boolean, string] = [(v) => typeof v === 'boolean', 'true or false'];
const LANGUAGE: [(v: unknown) => boolean, string] = [(v) => v === 'auto' || v === 'de' || v === 'en', '"auto", "de" or "en"'];
const CHECKS: { [K in keyof Settings]: [(v: unknown) => boolean, string] } = {
  enable: BOOLEAN,
  run: [(v) => v === 'onType' || v === 'onSave', '"onType" or "onSave"'],
  language: LANGUAGE,
  messageLanguage: LANGUAGE,
  // Any size above zero (a fraction of a megabyte too); NaN, 0 and −1 linted nothing.
  maxFileSize: [(v) => typeof v === 'number' && Number.isFinite(v) && v > 0, 'a number of megabytes above 0'],
  reportUnusedDisableDirectives: BOOLEAN,
  hideBaselined: BOOLEAN,
  maxNumberOfProblems: [(v) => typeof v === 'number' && Number.isInteger(v) && v > 0, 'a whole number above 0'],
};

export interface ReadSettings {
  settings: Settings;
  /** One line per setting that had a wrong value and fell back to its default. */
  problems: string[];
}

/** The `copylint.*` settings a client sent, checked: a missing value takes its default, and so does a wrong one, with a line saying so. */
export function readSettings(raw: unknown): ReadSettings {
  const given = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const key of Object.keys(CHECKS) as (keyof Settings)[]) {
    if (!Object.hasOwn(given, key) || given[key] === undefined || given[key] === null) continue;
    const [valid, expected] = CHECKS[key];
    if (valid(given[key])) (settings as Record<string, unknown>)[key] = given[key];
    else problems.push(`copylint.${key} is ${JSON.stringify(given[key])}, not ${expected}; using ${JSON.stringify(DEFAULT_SETTINGS[key])}.`);
  }
  return { settings, problems };
}
