/** Agreement figures as the moderation screens and the findings panel write them. */
import { type Agreement, formatKappa, formatPercent } from '../../../core';
import { t } from '../../i18n/translate';

/** "91% (492/540)", or "No paired answers". */
export function agreementText(a: Agreement): string {
  if (a.pairs === 0) return t('moderation', 'No paired answers');
  return `${formatPercent(a.agreed, a.pairs)}% (${a.agreed}/${a.pairs})`;
}

/** "0.78", or "Not defined" when every paired answer was the same (or there are none). */
export function kappaText(a: Agreement): string {
  if (a.pairs === 0 || a.kappa === null) return t('moderation', 'Not defined');
  return formatKappa(a.kappa);
}
