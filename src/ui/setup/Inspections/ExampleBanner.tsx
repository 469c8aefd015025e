import { useLocation } from 'preact-iso';
import type { Inspection } from '../../../core';
import { NotificationBanner } from '../../components/NotificationBanner';
import { t } from '../../i18n/translate';
import { RemoveExample } from './RemoveExample';

/** Says, on the example inspection's own pages, that everything in it is made up. */
export function ExampleBanner({ inspection }: { inspection: Inspection }) {
  const { route } = useLocation();
  return (
    <NotificationBanner
      title={t('setup', 'Example data')}
      heading={t('setup', 'This is an example inspection: all of it is synthetic data')}
    >
      <p class="govuk-body">
        {t(
          'setup',
          'Its areas, team and cases are made up to show how Case Audit works; nothing in it is about a real child or a real service. Try anything here, and remove it when you have finished.',
        )}
      </p>
      <RemoveExample
        inspection={inspection}
        onRemoved={() => route('/inspections?removed=example')}
      />
    </NotificationBanner>
  );
}
