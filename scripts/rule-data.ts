/**
 * Writes dist/rules.json: the rule YAML and lexicons as one JSON file, so the bundled CLI and
 * server start without parsing YAML (rules/ stays the single source; `npm run build` runs this).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRuleData } from '../server/src/node/ruleFiles';

writeFileSync(join(__dirname, '..', 'dist', 'rules.json'), JSON.stringify(readRuleData()));
