import type { DocFormat } from '../core/types';

const FORMATS: Record<string, DocFormat> = { markdown: 'markdown', mdx: 'mdx', html: 'html', plaintext: 'plaintext' };

/** The format a document of a VS Code language id is read as: other languages (copylint.languages) as plain text. */
export const formatOf = (languageId: string): DocFormat => FORMATS[languageId] ?? 'plaintext';
