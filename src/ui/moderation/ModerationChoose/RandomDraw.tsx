/** The settings of a random draw: how many cases, the seed, at least one of each inspector. */
import { casesAskedFor } from '../../../core';
import { CheckboxField, RadiosField, TextField } from '../../components/InspectionFrame/formFields';
import { randomSeed } from '../../components/randomSeed';
import { t } from '../../i18n/translate';
import type { SizeKind } from './choiceHelpers';
import type { DrawSettings } from './useModerationChoice';

export function RandomDraw({
  settings,
  candidates,
  errorOf,
}: {
  settings: DrawSettings;
  /** How many complete cases can be chosen. */
  candidates: number;
  errorOf: (field: string) => string | undefined;
}) {
  const { sizeKind, amount, seed, perInspector } = settings;
  return (
    <div class="govuk-inset-text">
      <RadiosField
        id="size-kind"
        legend={t('moderation.choose', 'How many cases?')}
        legendClass="govuk-fieldset__legend--s"
        value={sizeKind}
        inline
        small
        onChange={(value) => {
          settings.setSizeKind(value as SizeKind);
          settings.setAmount(value === 'percent' ? '20' : '');
        }}
        items={[
          { value: 'percent', label: t('moderation.choose', 'A percentage') },
          { value: 'count', label: t('moderation.choose', 'A number of cases') },
        ]}
      />
      <TextField
        id="amount"
        label={
          sizeKind === 'percent'
            ? t('moderation.choose', 'Percentage of the complete cases')
            : t('moderation.choose', 'Number of cases to read again')
        }
        hint={
          sizeKind === 'percent'
            ? t('moderation.choose', 'Rounded up to whole cases: 20% of {candidates} is {asked}', {
                candidates,
                asked: casesAskedFor({ kind: 'percent', percent: 20 }, candidates),
              })
            : t('moderation.choose', 'From 1 to {candidates}', { candidates })
        }
        inputClass="govuk-input--width-4"
        inputMode="decimal"
        value={amount}
        error={errorOf('amount')}
        onInput={settings.setAmount}
      />
      <TextField
        id="seed"
        label={t('moderation.choose', 'Seed')}
        hint={t(
          'moderation.choose',
          'Anyone drawing from the same cases with the same seed gets the same cases. It is recorded with the draw.',
        )}
        inputClass="govuk-input--width-10"
        spellcheck={false}
        value={seed}
        error={errorOf('seed')}
        onInput={settings.setSeed}
      />
      <p class="govuk-body">
        <button
          type="button"
          class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          onClick={() => settings.setSeed(randomSeed())}
        >
          {t('moderation.choose', 'Make a new seed')}
        </button>
      </p>
      <CheckboxField
        id="per-inspector"
        label={t('moderation.choose', 'At least one case of each inspector')}
        hint={t(
          'moderation.choose',
          'Adds cases if the number asked for is smaller than the number of inspectors',
        )}
        checked={perInspector}
        onChange={settings.setPerInspector}
      />
      <button type="submit" class="govuk-button">
        {t('moderation.choose', 'Draw cases')}
      </button>
    </div>
  );
}
