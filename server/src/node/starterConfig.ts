/** The config `--init` and the editor's "Create Config File" write. */
export const STARTER_CONFIG = {
  $schema: './node_modules/copylint/rules/schema/config.schema.json',
  extends: ['copylint:recommended'],
  language: 'auto',
  rules: {},
  ignores: [],
  terms: { allow: [], custom: [] },
};

export const starterConfigText = () => JSON.stringify(STARTER_CONFIG, null, 2) + '\n';
