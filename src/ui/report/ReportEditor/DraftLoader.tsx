/**
 * The report's stored text, read once for a screen that edits it (the report's text, the news
 * release): from then on the screen owns the text, so a save never echoes back over typing.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ReportDraft } from '../../../core';
import { loadReportDraft, type StoredDraft } from '../../../db/inspections/reportStore';
import { FailureSummary } from '../../components/FailureSummary';
import { Loading } from '../../components/Loading';
import { t } from '../../i18n/translate';

export function DraftLoader({
  inspectionId,
  loading,
  children,
}: {
  inspectionId: string;
  /** "Loading the report text" */
  loading: string;
  children: (draft: ReportDraft) => ComponentChildren;
}) {
  const [stored, setStored] = useState<StoredDraft | null>(null);
  useEffect(() => {
    let current = true;
    void loadReportDraft(inspectionId).then((s) => {
      if (current) setStored(s);
    });
    return () => {
      current = false;
    };
  }, [inspectionId]);
  if (stored === null) return <Loading what={loading} />;
  if (stored.status === 'invalid') {
    return (
      <FailureSummary title={t('reportScreen', 'The stored report text cannot be read')}>
        {t(
          'reportScreen',
          'It was written by a different version of Case Audit. It has been left as it is.',
        )}
      </FailureSummary>
    );
  }
  return <>{children(stored.draft)}</>;
}
