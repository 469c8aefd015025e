/** The settings of a random draw: how many cases, the seed, at least one of each inspector. */
import { casesAskedFor } from '../../../core';
import { CheckboxField, RadiosField, TextField } from '../../components/InspectionFrame/formFields';
import { randomSeed } from '../../components/randomSeed';
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
        legend="How many cases?"
        legendClass="govuk-fieldset__legend--s"
        value={sizeKind}
        inline
        small
        onChange={(value) => {
          settings.setSizeKind(value as SizeKind);
          settings.setAmount(value === 'percent' ? '20' : '');
        }}
        items={[
          { value: 'percent', label: 'A percentage' },
          { value: 'count', label: 'A number of cases' },
        ]}
      />
      <TextField
        id="amount"
        label={
          sizeKind === 'percent'
            ? 'Percentage of the complete cases'
            : 'Number of cases to read again'
        }
        hint={
          sizeKind === 'percent'
            ? `Rounded up to whole cases: 20% of ${candidates} is ${casesAskedFor({ kind: 'percent', percent: 20 }, candidates)}`
            : `From 1 to ${candidates}`
        }
        inputClass="govuk-input--width-4"
        inputMode="decimal"
        value={amount}
        error={errorOf('amount')}
        onInput={settings.setAmount}
      />
      <TextField
        id="seed"
        label="Seed"
        hint="Anyone drawing from the same cases with the same seed gets the same cases. It is recorded with the draw."
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
          Make a new seed
        </button>
      </p>
      <CheckboxField
        id="per-inspector"
        label="At least one case of each inspector"
        hint="Adds cases if the number asked for is smaller than the number of inspectors"
        checked={perInspector}
        onChange={settings.setPerInspector}
      />
      <button type="submit" class="govuk-button">
        Draw cases
      </button>
    </div>
  );
}
