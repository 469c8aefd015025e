import { useState } from 'preact/hooks';
import {
  achievedMarginOfError,
  CONFIDENCE_LEVELS,
  formatPercentage,
  plural,
  requiredSampleSize,
  type SamplingStart,
} from '../../../core';
import { formatNumber } from '../../components/InspectionFrame/format';
import { SelectField, TextField } from '../../components/InspectionFrame/formFields';

export type CalculatorProblem = { field: string; message: string };

const CONFIDENCE_OPTIONS = CONFIDENCE_LEVELS.map((level) => ({
  value: String(level),
  label: formatPercentage(level),
}));

/** A margin as a fraction, in the box's percentage points: 0.05 → "5". */
function points(margin: number): string {
  return String(Number((margin * 100).toFixed(4)));
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

function percentage(text: string): number | null {
  const trimmed = text.trim().replace(/%$/, '').trim();
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * How many cases to read for a confidence level and margin of error (with the finite
 * population correction, p = 0.5), and the other way round: the margin a number of cases gives.
 */
export function SampleSizeCalculator({
  populationSize,
  defaults,
  frameworkTitle,
  problems,
  onProblems,
}: {
  /** The stored population's size, to start from. */
  populationSize: number | null;
  /** The confidence level and margin to start from: the framework's, or the general ones. */
  defaults: SamplingStart;
  /** The inspection's framework, named when the defaults are its own. */
  frameworkTitle: string | null;
  problems: readonly CalculatorProblem[];
  onProblems: (problems: CalculatorProblem[]) => void;
}) {
  const start = populationSize === null ? '' : String(populationSize);
  const [population, setPopulation] = useState(start);
  const [confidence, setConfidence] = useState(String(defaults.confidence));
  const [margin, setMargin] = useState(points(defaults.margin));
  const [size, setSize] = useState<{ cases: number; sentence: string } | null>(null);

  const [responses, setResponses] = useState('');
  const [ofPopulation, setOfPopulation] = useState(start);
  const [confidence2, setConfidence2] = useState(String(defaults.confidence));
  const [achieved, setAchieved] = useState<{ margin: string; sentence: string } | null>(null);

  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;

  const calculateSize = (event: Event) => {
    event.preventDefault();
    const list: CalculatorProblem[] = [];
    const N = wholeNumber(population);
    const e = percentage(margin);
    if (N === null || N < 1) {
      list.push({
        field: 'size-population',
        message: 'Enter the population as a whole number of cases, 1 or more',
      });
    }
    if (e === null || e <= 0 || e >= 100) {
      list.push({
        field: 'size-margin',
        message: 'Enter the margin of error as a percentage between 0 and 100, such as 5',
      });
    }
    onProblems(list);
    if (list.length > 0 || N === null || e === null) {
      setSize(null);
      return;
    }
    const result = requiredSampleSize({
      population: N,
      confidence: Number(confidence),
      marginOfError: e / 100,
    });
    if (result.status === 'ok')
      setSize({ cases: result.value.sampleSize, sentence: result.value.sentence });
  };

  const calculateMargin = (event: Event) => {
    event.preventDefault();
    const list: CalculatorProblem[] = [];
    const n = wholeNumber(responses);
    const N = wholeNumber(ofPopulation);
    if (n === null || n < 1) {
      list.push({
        field: 'margin-responses',
        message: 'Enter the number of cases read as a whole number, 1 or more',
      });
    }
    if (N === null || N < 1) {
      list.push({
        field: 'margin-population',
        message: 'Enter the population as a whole number of cases, 1 or more',
      });
    } else if (n !== null && n > N) {
      list.push({
        field: 'margin-responses',
        message: `The cases read (${formatNumber(n)}) cannot be more than the population (${formatNumber(N)})`,
      });
    }
    onProblems(list);
    if (list.length > 0 || n === null || N === null) {
      setAchieved(null);
      return;
    }
    const result = achievedMarginOfError({
      population: N,
      responses: n,
      confidence: Number(confidence2),
    });
    if (result.status === 'ok') {
      setAchieved({
        margin: `±${Number((result.value.marginOfError * 100).toFixed(1))}%`,
        sentence: result.value.sentence,
      });
    }
  };

  return (
    <section class="ca-calculator" aria-labelledby="calculator-heading">
      <h2 class="govuk-heading-m" id="calculator-heading">
        How many cases to read
      </h2>
      <p class="govuk-body">
        The sample size for a margin of error at a confidence level, from a population of a given
        size (with the finite population correction, assuming a proportion of 50%, the most
        cautious).
      </p>
      <p class="govuk-body" data-testid="calculator-defaults">
        {defaults.fromFramework
          ? `${frameworkTitle ?? 'The framework'} sets ${formatPercentage(defaults.confidence)} confidence and a margin of ±${points(defaults.margin)} points, filled in below. Change them if your inspection uses others.`
          : `The framework sets no sampling defaults, so the calculator starts at ${formatPercentage(defaults.confidence)} confidence and a margin of ±${points(defaults.margin)} points.`}
      </p>
      <form noValidate onSubmit={calculateSize} class="ca-calculator__form">
        <div class="ca-calculator__fields">
          <TextField
            id="size-population"
            label="Population (cases)"
            error={errorOf('size-population')}
            value={population}
            inputClass="govuk-input--width-10"
            inputMode="numeric"
            onInput={setPopulation}
          />
          <SelectField
            id="size-confidence"
            label="Confidence level"
            value={confidence}
            options={CONFIDENCE_OPTIONS}
            onChange={setConfidence}
          />
          <TextField
            id="size-margin"
            label="Margin of error (± percentage points)"
            error={errorOf('size-margin')}
            value={margin}
            inputClass="govuk-input--width-4"
            inputMode="decimal"
            onInput={setMargin}
          />
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary">
          Calculate the sample size
        </button>
        <div aria-live="polite">
          {size && (
            <div class="govuk-inset-text ca-calculator__result">
              <p class="govuk-heading-m govuk-!-margin-bottom-2">{plural(size.cases, 'case')}</p>
              <p class="govuk-body govuk-!-margin-bottom-0">{size.sentence}</p>
            </div>
          )}
        </div>
      </form>

      <h3 class="govuk-heading-s">The margin of error a sample gives</h3>
      <form noValidate onSubmit={calculateMargin} class="ca-calculator__form">
        <div class="ca-calculator__fields">
          <TextField
            id="margin-responses"
            label="Cases read"
            error={errorOf('margin-responses')}
            value={responses}
            inputClass="govuk-input--width-10"
            inputMode="numeric"
            onInput={setResponses}
          />
          <TextField
            id="margin-population"
            label="Of a population of"
            error={errorOf('margin-population')}
            value={ofPopulation}
            inputClass="govuk-input--width-10"
            inputMode="numeric"
            onInput={setOfPopulation}
          />
          <SelectField
            id="margin-confidence"
            label="Confidence level"
            value={confidence2}
            options={CONFIDENCE_OPTIONS}
            onChange={setConfidence2}
          />
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary">
          Calculate the margin of error
        </button>
        <div aria-live="polite">
          {achieved && (
            <div class="govuk-inset-text ca-calculator__result">
              <p class="govuk-heading-m govuk-!-margin-bottom-2">{achieved.margin}</p>
              <p class="govuk-body govuk-!-margin-bottom-0">{achieved.sentence}</p>
            </div>
          )}
        </div>
      </form>
    </section>
  );
}
