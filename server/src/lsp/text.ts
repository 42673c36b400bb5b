/** What the language server says to the writer beyond the rules' own messages, in German and English. */
import type { Voice } from '../core/analysis/voice';
import type { Finding, Lang } from '../core/types';

interface ServerText {
  voiceNames: Record<Voice, string>;
  why: string;
  voice(reads: string, appliesTo: string): string;
  rewrites: string;
  disable(directive: string, ruleId: string): string;
  langNames: Record<Lang, string>;
  language(paragraph: string, document: string, directive: string): string;
  ruleDoc: string;
  disableLine(ruleId: string): string;
  disableFile(ruleId: string): string;
  allow(phrase: string): string;
  fixAll: string;
  fixAllLabel: string;
  createConfigLabel: string;
  lintingWorkspace: string;
  files(n: number): string;
  configError(where: string): string;
  baselineError(path: string, problem: string): string;
  ruleFailed(ruleId: string, error: string): string;
  /** Under the tone profile's bars. */
  toneHint: string;
}

export const SERVER_TEXT: Record<Lang, ServerText> = {
  en: {
    voiceNames: {
      sells: 'copy that sells',
      informs: 'news or information',
      instructs: 'documentation',
      terms: 'terms or a contract',
      unknown: 'text with no clear voice',
    },
    why: 'Why:',
    voice: (reads, appliesTo) => `*Voice:* this paragraph reads as ${reads}, and the rule applies to ${appliesTo}. Wrong? Pin \`voice\` in the config.`,
    rewrites: 'Suggested rewrites:',
    disable: (directive, ruleId) => `*Disable:* \`${directive}\` above the line, or \`"${ruleId}": "off"\` in \`.copylintrc.json\`.`,
    langNames: { de: 'German', en: 'English' },
    language: (paragraph, document, directive) => `*Language:* this paragraph is checked as ${paragraph}; most of the document is ${document}. Wrong? Put \`${directive}\` above the paragraph.`,
    ruleDoc: 'Rule documentation',
    disableLine: (ruleId) => `Disable ${ruleId} for this line`,
    disableFile: (ruleId) => `Disable ${ruleId} for this file`,
    allow: (phrase) => `Add '${phrase}' to the team allow list`,
    fixAll: 'Fix all copylint findings',
    fixAllLabel: 'copylint: fix all',
    createConfigLabel: 'copylint: create config',
    lintingWorkspace: 'copylint: linting workspace',
    files: (n) => `${n} files`,
    configError: (where) => `copylint: config error in ${where}. Linting continues with the last good config.`,
    baselineError: (path, problem) => `copylint: the baseline ${path} cannot be used (${problem}), so no finding is hidden.`,
    ruleFailed: (ruleId, error) => `copylint: rule ${ruleId} failed and was skipped (${error}). The other rules still run.`,
    toneHint: 'Click a bar, or press Enter on it, to jump to its first finding; once more for the next.',
  },
  de: {
    voiceNames: {
      sells: 'Werbetext',
      informs: 'Nachricht oder Information',
      instructs: 'Dokumentation',
      terms: 'Vertrag oder Bedingungen',
      unknown: 'Text ohne klaren Ton',
    },
    why: 'Warum:',
    voice: (reads, appliesTo) => `*Ton:* Dieser Absatz liest sich als ${reads}; die Regel gilt für ${appliesTo}. Stimmt das nicht? Legen Sie \`voice\` in der Konfiguration fest.`,
    rewrites: 'Vorschläge:',
    disable: (directive, ruleId) => `*Abschalten:* \`${directive}\` über der Zeile oder \`"${ruleId}": "off"\` in \`.copylintrc.json\`.`,
    langNames: { de: 'Deutsch', en: 'Englisch' },
    language: (paragraph, document, directive) => `*Sprache:* Dieser Absatz wird als ${paragraph} geprüft, der Großteil des Dokuments als ${document}. Stimmt das nicht? Setzen Sie \`${directive}\` über den Absatz.`,
    ruleDoc: 'Dokumentation der Regel',
    disableLine: (ruleId) => `${ruleId} für diese Zeile abschalten`,
    disableFile: (ruleId) => `${ruleId} für diese Datei abschalten`,
    allow: (phrase) => `„${phrase}“ in die Ausnahmeliste des Teams aufnehmen`,
    fixAll: 'Alle copylint-Funde beheben',
    fixAllLabel: 'copylint: alles beheben',
    createConfigLabel: 'copylint: Konfiguration anlegen',
    lintingWorkspace: 'copylint: prüft den Arbeitsbereich',
    files: (n) => `${n} Dateien`,
    configError: (where) => `copylint: Fehler in der Konfiguration ${where}. Geprüft wird weiter mit der letzten gültigen Konfiguration.`,
    baselineError: (path, problem) => `copylint: Die Baseline ${path} lässt sich nicht verwenden (${problem}), daher werden alle Funde angezeigt.`,
    ruleFailed: (ruleId, error) => `copylint: Die Regel ${ruleId} ist fehlgeschlagen und wurde übersprungen (${error}). Die übrigen Regeln laufen weiter.`,
    toneHint: 'Klicken Sie auf einen Balken oder drücken Sie darauf die Eingabetaste, um zum ersten Fund zu springen; noch einmal für den nächsten.',
  },
};

/** The language of a finding's message, and so of what the editor says around it: pinned, or its paragraph's. */
export function findingLanguage(f: Pick<Finding, 'lang'>, messageLanguage: 'auto' | Lang): Lang {
  return messageLanguage !== 'auto' ? messageLanguage : (f.lang ?? 'en');
}
