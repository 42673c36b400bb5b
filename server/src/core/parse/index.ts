import type { DocFormat } from '../types';
import { parseHtml } from './html';
import { parseMarkdown } from './markdown';
import { parsePlaintext } from './plaintext';
import type { ParsedDocument } from './types';

export function parseDocument(text: string, format: DocFormat): ParsedDocument {
  switch (format) {
    case 'markdown':
      return parseMarkdown(text);
    case 'mdx':
      return parseMarkdown(text, true);
    case 'html':
      return parseHtml(text);
    case 'plaintext':
      return parsePlaintext(text);
  }
}

/** File extensions copylint lints, with the format each is read as. */
export const EXTENSIONS: Readonly<Record<string, DocFormat>> = {
  '.txt': 'plaintext',
  '.text': 'plaintext',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'mdx',
  '.html': 'html',
  '.htm': 'html',
};

/** The format of a file by its name, or undefined when copylint does not read it. */
export function formatForPath(path: string): DocFormat | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSIONS[path.slice(dot).toLowerCase()];
}
