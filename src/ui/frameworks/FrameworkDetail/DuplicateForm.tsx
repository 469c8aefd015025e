import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { newFrameworkProblems } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { createDraft, listDrafts } from '../../../db/frameworks/frameworkDrafts';
import { listFrameworks } from '../../../db/frameworks/frameworkStore';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { TextField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import { draftHref } from '../FrameworkDrafts/draftLinks';

type Problems = { id?: string; title?: string; storage?: string };

/**
 * Duplicate a framework: a new identifier and title, then a draft copy opens in the editor. The
 * copy records where it came from (its `basedOn`); the original is not changed.
 */
export function DuplicateForm({
  record,
  onCancel,
}: {
  record: FrameworkRecord;
  onCancel: () => void;
}) {
  const { route } = useLocation();
  const [id, setId] = useState(`${record.id}-copy`);
  const [title, setTitle] = useState(t('frameworks', '{title} (copy)', { title: record.title }));
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form appears where the button was: move there, so it is read out.
  useEffect(() => heading.current?.focus(), []);
  const errors = useMemo<SummaryError[]>(
    () =>
      [
        problems.id && { href: '#duplicate-id', text: problems.id },
        problems.title && { href: '#duplicate-title', text: problems.title },
        problems.storage && { text: problems.storage },
      ].filter((e): e is SummaryError => Boolean(e)),
    [problems],
  );
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    // Ids in the library and in drafts: a copy must not take a name already in use.
    const [library, drafts] = await Promise.all([listFrameworks(), listDrafts()]);
    const ids = [...library.map((r) => r.id), ...drafts.map((d) => d.framework.id)];
    const found = newFrameworkProblems({ id, title }, ids);
    if (found.id || found.title) {
      setProblems(found);
      setBusy(false);
      return;
    }
    try {
      const draft = await createDraft({
        kind: 'duplicate',
        from: record.key,
        id: id.trim(),
        title: title.trim(),
      });
      route(draftHref(draft.draftId));
    } catch (error) {
      setProblems({
        storage: t('frameworks', 'No copy was made: the browser’s storage refused ({reason}).', {
          reason: String(error),
        }),
      });
      setBusy(false);
    }
  };
  return (
    <form noValidate onSubmit={submit} class="ca-no-print">
      <ErrorSummary errors={errors} />
      <h2 class="govuk-heading-m" tabIndex={-1} ref={heading} id="duplicate-heading">
        {t('frameworks', 'Duplicate this framework')}
      </h2>
      <p class="govuk-body">
        {t(
          'frameworks',
          'The copy is a new framework with an identifier of its own, starting as a draft you can change. It records that it is based on {title}, version {version}.',
          { title: record.title, version: record.version },
        )}
      </p>
      <TextField
        id="duplicate-id"
        label={t('frameworks', 'Identifier of the new framework')}
        hint={t(
          'frameworks',
          'Lower-case letters, digits and dashes, such as hmip-lac-placed-away-2024. Files and inspections name the framework by it.',
        )}
        value={id}
        error={problems.id}
        spellcheck={false}
        onInput={setId}
      />
      <TextField
        id="duplicate-title"
        label={t('frameworks', 'Title of the new framework')}
        value={title}
        error={problems.title}
        onInput={setTitle}
      />
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" aria-disabled={busy}>
          {t('frameworks', 'Duplicate and open the copy')}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={onCancel}>
          {t('frameworks', 'Cancel')}
        </button>
      </div>
    </form>
  );
}
