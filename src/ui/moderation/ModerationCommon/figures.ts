/** Agreement figures as the moderation screens and the findings panel write them. */
import { type Agreement, formatKappa, formatPercent } from '../../../core';

/** "91% (492/540)", or "No paired answers". */
export function agreementText(a: Agreement): string {
  if (a.pairs === 0) return 'No paired answers';
  return `${formatPercent(a.agreed, a.pairs)}% (${a.agreed}/${a.pairs})`;
}

/** "0.78", or "Not defined" when every paired answer was the same (or there are none). */
export function kappaText(a: Agreement): string {
  if (a.pairs === 0) return 'Not defined';
  return a.kappa === null ? 'Not defined' : formatKappa(a.kappa);
}
