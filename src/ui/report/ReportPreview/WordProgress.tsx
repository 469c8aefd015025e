/** How the Word file is going: its steps, then where it went, or why it could not be made. */
import type { ComponentChildren } from 'preact';
import type { PdfStep } from '../../../workers/reportService';
import { FailureSummary } from '../../components/FailureSummary';
import { NotificationBanner } from '../../components/NotificationBanner';
import { t } from '../../i18n/translate';
import type { WordState } from './useWordFile';

function stepText(step: PdfStep | null): string {
  if (step === null || step.step === 'figures')
    return t('reportScreen', 'Working out the figures…');
  if (step.step === 'library') return t('reportScreen', 'Loading the Word file maker…');
  return t('reportScreen', 'Writing the report: part {part} of {total}…', {
    part: Math.min(step.done + 1, step.total),
    total: step.total,
  });
}

/**
 * `done`: what to say beside the file's name once saved; absent, the report's: its contents are
 * a field Word fills in.
 */
export function WordProgress({ word, done }: { word: WordState; done?: ComponentChildren }) {
  if (word.status === 'working') {
    return (
      <div class="ca-report-preview__progress">
        <p class="govuk-body" role="status">
          {stepText(word.step)}
        </p>
        <progress
          aria-label={t('reportScreen', 'Making the Word file')}
          max={word.step?.step === 'drawing' ? word.step.total : 1}
          value={word.step?.step === 'drawing' ? word.step.done : undefined}
        />
      </div>
    );
  }
  if (word.status === 'done') {
    return (
      <NotificationBanner
        type="success"
        heading={t('reportScreen', 'The Word file is in your downloads')}
      >
        <p class="govuk-body" data-word-done>
          {word.fileName}
        </p>
        {done ?? (
          <p class="govuk-body">
            {t(
              'reportScreen',
              'When Word opens it, it asks whether to update the fields: answer Yes, and the contents get their page numbers.',
            )}
          </p>
        )}
      </NotificationBanner>
    );
  }
  if (word.status === 'failed') {
    return (
      <FailureSummary title={t('reportScreen', 'The Word file could not be made')}>
        {word.message}
      </FailureSummary>
    );
  }
  return null;
}
