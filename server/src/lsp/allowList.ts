import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { withAllowedPhrase } from '../node/allowListText';
import { minimalEdit } from './edits';

/** The config a phrase goes into, as the editor has it: an open document's text and version, or the file's (version null). */
export interface ConfigBuffer {
  path: string;
  text: string;
  version: number | null;
}

/**
 * The workspace edit that adds a phrase to `terms.allow` of the config that applies, changing
 * only that list in the text given (the open buffer's, so unsaved edits stay), or creates
 * `.copylintrc.json`.
 */
export function addToAllowList(phrase: string, config: ConfigBuffer | undefined, newConfigDir: string): WorkspaceEdit {
  if (config) {
    const uri = pathToFileURL(config.path).href;
    const edit = minimalEdit(TextDocument.create(uri, 'json', 0, config.text), config.text, withAllowedPhrase(config.path, config.text, phrase));
    // With the open document's version, the client refuses the edit if the buffer changed since.
    return { documentChanges: [{ textDocument: { uri, version: config.version }, edits: edit ? [edit] : [] }] };
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
