/**
 * The findings' way to the comparison with an earlier audit: shown only when another audit on
 * this device uses the same framework version.
 */
import { auditsToCompare } from '../../../db/inspections/repeatAudit';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { compareHref } from './compareQuery';

export function CompareLink({ inspectionId }: { inspectionId: string }) {
  const choices = useLive(() => auditsToCompare(inspectionId), [inspectionId]);
  if (choices.status !== 'ready' || !choices.value || choices.value.audits.length === 0) {
    return null;
  }
  return (
    <p class="govuk-body">
      <a class="govuk-link" href={compareHref(inspectionId)}>
        {t('trend', 'Compare with an earlier audit')}
      </a>
    </p>
  );
}
