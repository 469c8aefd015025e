import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { FrameworkRecord } from '../../../db/database';
import { createDraft, listDrafts } from '../../../db/frameworks/frameworkDrafts';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { draftHref } from '../FrameworkDrafts/draftLinks';
import { DuplicateForm } from './DuplicateForm';

/**
 * What can be done with a stored framework version besides reading it: start its next version
 * (a published or built-in version is never changed in place) or duplicate it as a new framework.
 */
export function FrameworkActions({ record }: { record: FrameworkRecord }) {
  const { route } = useLocation();
  const [duplicating, setDuplicating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const drafts = useLive(listDrafts, []);
  const nextDraft =
    drafts.status === 'ready'
      ? drafts.value.find((d) => d.basedOn === record.key && d.framework.id === record.id)
      : undefined;
  const edit = async () => {
    try {
      const draft = await createDraft({ kind: 'next-version', from: record.key });
      route(draftHref(draft.draftId));
    } catch (error) {
      setProblem(
        t('frameworks', 'No draft was started: the browser’s storage refused ({reason}).', {
          reason: String(error),
        }),
      );
    }
  };
  return (
    <div class="ca-no-print">
      <h2 class="govuk-heading-m">{t('frameworks', 'Change this framework')}</h2>
      <p class="govuk-body">
        {t(
          'frameworks',
          'Version {version} stays as it is, so inspections that use it keep their questions. Editing starts a draft of the next version; when you publish it, its number is suggested from what changed: a patch for wording only, a minor version when questions or options are added, a major version when anything is removed, renamed or changed in meaning.',
          { version: record.version },
        )}
      </p>
      {problem && (
        <p class="govuk-error-message" role="alert">
          <span class="govuk-visually-hidden">{t('frameworks', 'Error:')}</span> {problem}
        </p>
      )}
      {!duplicating && (
        <div class="govuk-button-group">
          {nextDraft ? (
            <a class="govuk-button" draggable={false} href={draftHref(nextDraft.draftId)}>
              {t('frameworks', 'Continue the draft of the next version')}
            </a>
          ) : (
            <button type="button" class="govuk-button" onClick={edit}>
              {t('frameworks', 'Edit')}
              <span class="govuk-visually-hidden">
                {' '}
                {t('frameworks', '(start the next version)')}
              </span>
            </button>
          )}
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={() => setDuplicating(true)}
          >
            {t('frameworks', 'Duplicate')}
          </button>
        </div>
      )}
      {duplicating && <DuplicateForm record={record} onCancel={() => setDuplicating(false)} />}
    </div>
  );
}
