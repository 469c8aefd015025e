/** How the Word file is going: its steps, then where it went, or why it could not be made. */
import type { PdfStep } from '../../../workers/reportService';
import { FailureSummary } from '../../components/FailureSummary';
import { NotificationBanner } from '../../components/NotificationBanner';
import type { WordState } from './useWordFile';

function stepText(step: PdfStep | null): string {
  if (step === null || step.step === 'figures') return 'Working out the figures…';
  if (step.step === 'library') return 'Loading the Word file maker…';
  return `Writing the report: part ${Math.min(step.done + 1, step.total)} of ${step.total}…`;
}

export function WordProgress({ word }: { word: WordState }) {
  if (word.status === 'working') {
    return (
      <div class="ca-report-preview__progress">
        <p class="govuk-body" role="status">
          {stepText(word.step)}
        </p>
        <progress
          aria-label="Making the Word file"
          max={word.step?.step === 'drawing' ? word.step.total : 1}
          value={word.step?.step === 'drawing' ? word.step.done : undefined}
        />
      </div>
    );
  }
  if (word.status === 'done') {
    return (
      <NotificationBanner type="success" heading="The Word file is in your downloads">
        <p class="govuk-body" data-word-done>
          {word.fileName}
        </p>
        <p class="govuk-body">
          When Word opens it, it asks whether to update the fields: answer Yes, and the contents get
          their page numbers.
        </p>
      </NotificationBanner>
    );
  }
  if (word.status === 'failed') {
    return <FailureSummary title="The Word file could not be made">{word.message}</FailureSummary>;
  }
  return null;
}
