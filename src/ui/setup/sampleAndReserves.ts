import { t } from '../i18n/translate';

/** "12 cases in the sample, 2 reserves", in the language chosen. */
export function sampleAndReserves(sample: number, reserves: number): string {
  return reserves > 0
    ? t(
        'setup',
        '{sample, plural, one {# case} other {# cases}} in the sample, {reserves, plural, one {# reserve} other {# reserves}}',
        { sample, reserves },
      )
    : t('setup', '{sample, plural, one {# case} other {# cases}} in the sample', { sample });
}
