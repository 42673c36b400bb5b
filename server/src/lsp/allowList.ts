import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { yaml } from '../core/libraries';

/**
 * The workspace edit that adds a phrase to `terms.allow` of the config that applies (YAML
 * keeps its comments; JSON and package.json are rewritten), or creates `.copylintrc.json`.
 */
export function addToAllowList(phrase: string, configFile: string | undefined, newConfigDir: string): WorkspaceEdit {
  if (configFile && existsSync(configFile)) {
    const text = readFileSync(configFile, 'utf8');
    const uri = pathToFileURL(configFile).href;
    let next: string;
    if (/\.ya?ml$/.test(configFile)) {
      const doc = yaml().parseDocument(text);
      const allow = doc.getIn(['terms', 'allow']);
      if (!(allow && typeof allow === 'object' && 'items' in allow)) doc.setIn(['terms', 'allow'], doc.createNode([]));
      doc.addIn(['terms', 'allow'], phrase);
      next = doc.toString();
    } else {
      const data = JSON.parse(text);
      const config = configFile.endsWith('package.json') ? (data.copylint ??= {}) : data;
      config.terms ??= {};
      config.terms.allow = [...(config.terms.allow ?? []).filter((p: string) => p !== phrase), phrase];
      next = JSON.stringify(data, null, 2) + '\n';
    }
    const lines = text.split('\n');
    return { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }, newText: next }] } };
  }
  const uri = pathToFileURL(join(newConfigDir, '.copylintrc.json')).href;
  const content = JSON.stringify({ terms: { allow: [phrase] } }, null, 2) + '\n';
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
    ],
  };
}
