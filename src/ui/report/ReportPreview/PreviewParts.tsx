/** The report preview's notices: the checks before publishing, and how the PDF is going. */
import { plural } from '../../../core';
import type { PdfStep } from '../../../workers/reportService';
import { FailureSummary } from '../../components/FailureSummary';
import { NotificationBanner } from '../../components/NotificationBanner';
import type { PdfState } from './useReportPreview';

export function OpenChecks({ checks }: { checks: readonly string[] }) {
  if (checks.length === 0) return null;
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span>
        <strong>Check {plural(checks.length, 'thing')} before you publish:</strong>
        <ul class="govuk-list govuk-list--bullet ca-report-preview__checks">
          {checks.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function stepText(step: PdfStep | null): string {
  if (step === null || step.step === 'figures') return 'Working out the figures…';
  if (step.step === 'library') return 'Loading the PDF maker…';
  return `Drawing the report: part ${Math.min(step.done + 1, step.total)} of ${step.total}…`;
}

export function PdfProgress({ pdf }: { pdf: PdfState }) {
  if (pdf.status === 'working') {
    return (
      <div class="ca-report-preview__progress">
        <p class="govuk-body" role="status">
          {stepText(pdf.step)}
        </p>
        <progress
          aria-label="Making the PDF"
          max={pdf.step?.step === 'drawing' ? pdf.step.total : 1}
          value={pdf.step?.step === 'drawing' ? pdf.step.done : undefined}
        />
      </div>
    );
  }
  if (pdf.status === 'done') {
    return (
      <NotificationBanner type="success" heading="The PDF is in your downloads">
        <p class="govuk-body" data-pdf-done>
          {pdf.fileName}: {plural(pdf.pages, 'page')}.
        </p>
      </NotificationBanner>
    );
  }
  if (pdf.status === 'failed') {
    return <FailureSummary title="The PDF could not be made">{pdf.message}</FailureSummary>;
  }
  return null;
}
