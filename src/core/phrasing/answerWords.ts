/**
 * The words around a scale's answers in a finding, in the findings' language: answers joined
 * ("Yes or Partly", "Ie neu Rhannol"), and the statement a question without finding wording
 * falls back to. The findings are worked out off the page, without the message catalogue, so
 * these few words sit here, as the quantifier vocabularies do (welshQuantifiers.ts).
 */
import type { Language } from '../i18n/language';

/** "Yes or Partly"; in Welsh "Ie neu Rhannol". */
export function answersInWords(labels: readonly string[], language: Language = 'en'): string {
  return labels.join(language === 'cy' ? ' neu ' : ' or ');
}

/** "the answer to “Was the plan reviewed?” was Yes"; in Welsh "yr ateb i “…” oedd Ie". */
export function answerStatement(question: string, answers: string, language: Language = 'en') {
  return language === 'cy'
    ? `yr ateb i “${question}” oedd ${answers}`
    : `the answer to “${question}” was ${answers}`;
}
