import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { createDraft } from '../../../db/frameworks/frameworkDrafts';
import { t } from '../../i18n/translate';
import { draftHref } from './draftLinks';

/** "New framework": starts an empty draft and opens it in the editor. */
export function NewFramework() {
  const { route } = useLocation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    try {
      const draft = await createDraft({ kind: 'new' });
      route(draftHref(draft.draftId));
    } catch (error) {
      setBusy(false);
      setProblem(
        t('frameworks', 'No draft was started: the browser’s storage refused ({reason}).', {
          reason: String(error),
        }),
      );
    }
  };
  return (
    <>
      {problem && (
        <p class="govuk-error-message" role="alert">
          <span class="govuk-visually-hidden">{t('frameworks', 'Error:')}</span> {problem}
        </p>
      )}
      <button
        type="button"
        class="govuk-button"
        data-module="govuk-button"
        aria-disabled={busy}
        onClick={() => !busy && start()}
      >
        {t('frameworks', 'New framework')}
      </button>
    </>
  );
}
