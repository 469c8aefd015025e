/**
 * Where a check's problem is in the editor. A problem names a JSON path
 * (`sections[0].standards[1].questions[2].text`); the editor's field for it has the id
 * `fw-sections-0-standards-1-questions-2-text`, on the part of the editor that holds it.
 */

/** The id of the editor's field for a JSON path. */
export function fieldIdOfPath(path: string): string {
  return `fw-${path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .join('-')}`;
}

/** The editor's parts, each a screen of its own. */
export type EditorPart =
  | { readonly part: 'details' }
  | { readonly part: 'scales' }
  | { readonly part: 'profile' }
  | { readonly part: 'sections' }
  | { readonly part: 'standard'; readonly section: number; readonly standard: number }
  | { readonly part: 'ratings' }
  | { readonly part: 'lists' };

/** The part of the editor that holds the field for a JSON path. */
export function editorPartOfPath(path: string): EditorPart {
  const standard =
    /^sections\[(\d+)\]\.standards\[(\d+)\]\.(questions|showWhen|title|description|ratedBy|id)/.exec(
      path,
    );
  if (standard) {
    return { part: 'standard', section: Number(standard[1]), standard: Number(standard[2]) };
  }
  const top = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
  if (top === 'sections') return { part: 'sections' };
  if (top === 'scales') return { part: 'scales' };
  if (top === 'profile') return { part: 'profile' };
  if (top === 'rating') return { part: 'ratings' };
  if (top === 'areas' || top === 'strata' || top === 'glossary') return { part: 'lists' };
  return { part: 'details' };
}

/**
 * The ids to try, most precise first: a problem may name a rule's inner part or a whole list,
 * for which the nearest field that exists is the one to go to.
 */
export function fieldIdCandidates(path: string): string[] {
  const parts = fieldIdOfPath(path).split('-');
  const out: string[] = [];
  for (let n = parts.length; n > 1; n--) out.push(parts.slice(0, n).join('-'));
  return out;
}

/** What a list's entry is called, by the list's key. */
const ENTRY_NAMES: Record<string, string> = {
  sections: 'section',
  standards: 'standard',
  questions: 'question',
  profile: 'profile field',
  scales: 'scale',
  options: 'option',
  bands: 'band',
  areas: 'area',
  strata: 'stratum',
  glossary: 'glossary term',
  publishers: 'publisher',
  prompts: 'prompt',
  thresholds: 'threshold',
  all: 'condition',
  any: 'condition',
};

/** A field's key in words: `shortTitle` → "short title", `showWhen` → "rule". */
function keyInWords(key: string): string {
  if (key === 'showWhen') return 'rule';
  if (key === 'id') return 'identifier';
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Where a problem is, in words: `sections[0].standards[1].questions[2].text` is "Section 1,
 * standard 2, question 3, text".
 */
export function placeInWords(path: string): string {
  if (path.startsWith('(')) return 'The framework';
  if (path === 'rating') return 'Ratings';
  const words: string[] = [];
  for (const part of path.split('.')) {
    const entry = /^([A-Za-z]+)\[(\d+)\]$/.exec(part);
    if (entry) {
      const name = ENTRY_NAMES[entry[1]!] ?? keyInWords(entry[1]!);
      words.push(`${name} ${Number(entry[2]) + 1}`);
    } else if (part !== 'rating' || words.length > 0) {
      words.push(keyInWords(part));
    }
  }
  const text = words.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
