/**
 * A draft checked as it is typed: the same checks as importing a file (shape, then the
 * cross-checks), each problem with the editor field and part it belongs to.
 */
import { missingTranslations } from '../frameworkLanguages';
import type { Framework } from '../frameworkSchema';
import { checkFrameworkValue } from '../loadFramework';
import { type EditorPart, editorPartOfPath, fieldIdOfPath, placeInWords } from './fieldIds';

export type DraftProblem = {
  readonly path: string;
  /** Where it is, in words: "Section 1, standard 2, question 3, text". */
  readonly place: string;
  readonly message: string;
  /** The id of the editor's field for it (`fw-` + the path joined by `-`). */
  readonly fieldId: string;
  readonly part: EditorPart;
};

/** Every problem of a draft (none: it could be published as it stands). */
export function draftProblems(draft: unknown): DraftProblem[] {
  const result = checkFrameworkValue(draft);
  if (result.status === 'ok') return [];
  return result.errors.map((error) => ({
    path: error.path,
    place: placeInWords(error.path),
    message: error.message,
    fieldId: fieldIdOfPath(error.path),
    part: editorPartOfPath(error.path),
  }));
}

/**
 * The texts of a draft with no Welsh, once it has some Welsh: not problems (a framework may be
 * published with English-only texts), each linked to its Welsh field (the English field's id
 * and `-cy`).
 */
export function draftMissingWelsh(draft: Framework): DraftProblem[] {
  return missingTranslations(draft).map((missing) => ({
    path: missing.path,
    place: placeInWords(missing.path),
    message: missing.message,
    fieldId: `${fieldIdOfPath(missing.path)}-cy`,
    part: editorPartOfPath(missing.path),
  }));
}
