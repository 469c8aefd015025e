/** What a screen shows while its data loads: announced politely, no spinner flash. */
import { t } from '../i18n/translate';
export function Loading({ what = t('common', 'Loading') }: { what?: string }) {
  return (
    <p class="ca-loading" role="status">
      {what}…
    </p>
  );
}
