import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import {
  deleteDraft,
  type FrameworkDraftRecord,
  listDrafts,
} from '../../../db/frameworks/frameworkDrafts';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useLive } from '../../hooks/useLive';
import { t, tx } from '../../i18n/translate';
import { draftHref, savedAt } from './draftLinks';

/**
 * The framework drafts on this device, newest first: each opens in the editor, or is deleted
 * after a confirmation. Nothing is shown when there are none.
 */
export function DraftList() {
  const drafts = useLive(listDrafts, []);
  const [deleted, setDeleted] = useState<string | null>(null);
  if (drafts.status !== 'ready') return null;
  const sorted = [...drafts.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <>
      {deleted !== null && (
        <NotificationBanner
          type="success"
          heading={t('frameworks', 'The draft “{title}” was deleted', { title: deleted })}
          focus
        />
      )}
      {sorted.length > 0 && (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">
            {t('frameworks', 'Drafts')}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                {t('frameworks', 'Draft')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('frameworks', 'Identifier')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('frameworks', 'Version')}
              </th>
              <th scope="col" class="govuk-table__header">
                {t('frameworks', 'Last saved')}
              </th>
              <th scope="col" class="govuk-table__header">
                <span class="govuk-visually-hidden">{t('frameworks', 'Actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {sorted.map((draft) => (
              <DraftRow key={draft.draftId} draft={draft} onDeleted={setDeleted} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function draftTitle(draft: FrameworkDraftRecord): string {
  return draft.framework.title.trim() || t('frameworks', 'Untitled framework');
}

function DraftRow({
  draft,
  onDeleted,
}: {
  draft: FrameworkDraftRecord;
  onDeleted: (title: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const title = draftTitle(draft);
  const ask = () => {
    setConfirming(true);
    // The question replaces the button: move there, so it is read out.
    setTimeout(() => question.current?.focus(), 0);
  };
  const cancel = () => {
    setConfirming(false);
    setTimeout(() => start.current?.focus(), 0);
  };
  const remove = async () => {
    try {
      await deleteDraft(draft.draftId);
      onDeleted(title);
    } catch (error) {
      setProblem(
        t('frameworks', 'The draft was not deleted: the browser’s storage refused ({reason}).', {
          reason: String(error),
        }),
      );
    }
  };
  return (
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">
        <a class="govuk-link" href={draftHref(draft.draftId)}>
          {title}
        </a>
      </td>
      <td class="govuk-table__cell">
        <code class="ca-code">{draft.framework.id}</code>
      </td>
      <td class="govuk-table__cell">{draft.framework.version}</td>
      <td class="govuk-table__cell">{savedAt(draft.updatedAt)}</td>
      <td class="govuk-table__cell">
        {confirming ? (
          <>
            <p class="govuk-body govuk-!-font-weight-bold" tabIndex={-1} ref={question}>
              {t('frameworks', 'Delete the draft “{title}”? Everything in it is lost.', { title })}
            </p>
            {problem && (
              <p class="govuk-error-message" role="alert">
                <span class="govuk-visually-hidden">{t('frameworks', 'Error:')}</span> {problem}
              </p>
            )}
            <div class="govuk-button-group">
              <button type="button" class="govuk-button govuk-button--warning" onClick={remove}>
                {t('frameworks', 'Yes, delete the draft')}
              </button>
              <button type="button" class="govuk-button govuk-button--secondary" onClick={cancel}>
                {t('frameworks', 'Cancel')}
              </button>
            </div>
          </>
        ) : (
          <button
            type="button"
            class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            ref={start}
            onClick={ask}
          >
            {tx('frameworks', 'Delete<hidden> the draft “{title}”</hidden>', {
              title,
              hidden: (chunks: ComponentChildren) => (
                <span class="govuk-visually-hidden">{chunks}</span>
              ),
            })}
          </button>
        )}
      </td>
    </tr>
  );
}
