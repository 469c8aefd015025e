/**
 * A draft's check problems as the Publish screen lists them: each links to its field in the
 * editor (the field's id is `fw-` and the problem's path, on the editor's page for its part).
 */
import type { DraftProblem, VersionReason } from '../../../core';
import type { SummaryError } from '../../components/ErrorSummary';
import { t } from '../../i18n/translate';
import { partPath } from '../FrameworkEditor/editorLinks';

export function problemLinks(draftId: string, problems: readonly DraftProblem[]): SummaryError[] {
  return problems.map((p) => ({
    href: `${partPath(draftId, p.part)}#${p.fieldId}`,
    text: `${p.path}: ${p.message}`,
  }));
}

/** Why a version number was suggested, in words. */
export function reasonWords(reason: VersionReason): string {
  switch (reason) {
    case 'wording':
      return t('frameworks', 'only wording changed, so it is a patch version');
    case 'added':
      return t(
        'frameworks',
        'questions, answer options or profile fields were added, so it is a minor version',
      );
    case 'removed-or-changed':
      return t(
        'frameworks',
        'something was removed, renamed or changed in meaning, so it is a major version',
      );
  }
}
