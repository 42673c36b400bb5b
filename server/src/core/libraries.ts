/**
 * Libraries most runs never need, loaded on first use: a lint without a config file, front
 * matter or team patterns reads no YAML, validates no schema and compiles no RE2 expression,
 * and loading the three at start was a fifth of the CLI's start-up time.
 */
function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

export const yaml = lazy(() => require('yaml') as typeof import('yaml'));
export const Ajv = lazy(() => (require('ajv') as typeof import('ajv')).default);
export const RE2JS = lazy(() => (require('re2js') as typeof import('re2js')).RE2JS);
export const jsonc = lazy(() => require('jsonc-parser') as typeof import('jsonc-parser'));
