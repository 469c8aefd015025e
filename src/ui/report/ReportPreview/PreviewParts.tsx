/** The report preview's notices: the checks before publishing, and how the PDF is going. */
import type { PdfStep } from '../../../workers/reportService';
import { FailureSummary } from '../../components/FailureSummary';
import { NotificationBanner } from '../../components/NotificationBanner';
import { t } from '../../i18n/translate';
import type { PdfState } from './useReportPreview';

export function OpenChecks({ checks }: { checks: readonly string[] }) {
  if (checks.length === 0) return null;
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">{t('reportScreen', 'Warning')}</span>
        <strong>
          {t(
            'reportScreen',
            'Check {count, plural, one {# thing} other {# things}} before you publish:',
            { count: checks.length },
          )}
        </strong>
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
  if (step === null || step.step === 'figures')
    return t('reportScreen', 'Working out the figures…');
  if (step.step === 'library') return t('reportScreen', 'Loading the PDF maker…');
  return t('reportScreen', 'Drawing the report: part {part} of {total}…', {
    part: Math.min(step.done + 1, step.total),
    total: step.total,
  });
}

export function PdfProgress({ pdf }: { pdf: PdfState }) {
  if (pdf.status === 'working') {
    return (
      <div class="ca-report-preview__progress">
        <p class="govuk-body" role="status">
          {stepText(pdf.step)}
        </p>
        <progress
          aria-label={t('reportScreen', 'Making the PDF')}
          max={pdf.step?.step === 'drawing' ? pdf.step.total : 1}
          value={pdf.step?.step === 'drawing' ? pdf.step.done : undefined}
        />
      </div>
    );
  }
  if (pdf.status === 'done') {
    return (
      <NotificationBanner
        type="success"
        heading={t('reportScreen', 'The PDF is in your downloads')}
      >
        <p class="govuk-body" data-pdf-done>
          {t('reportScreen', '{fileName}: {pages, plural, one {# page} other {# pages}}.', {
            fileName: pdf.fileName,
            pages: pdf.pages,
          })}
        </p>
      </NotificationBanner>
    );
  }
  if (pdf.status === 'failed') {
    return (
      <FailureSummary title={t('reportScreen', 'The PDF could not be made')}>
        {pdf.message}
      </FailureSummary>
    );
  }
  return null;
}
