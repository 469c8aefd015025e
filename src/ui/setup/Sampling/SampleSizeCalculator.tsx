import { useState } from 'preact/hooks';
import {
  achievedMarginOfError,
  CONFIDENCE_LEVELS,
  formatPercentage,
  requiredSampleSize,
  type SamplingStart,
} from '../../../core';
import { SelectField, TextField } from '../../components/InspectionFrame/formFields';
import { currentTranslator, t } from '../../i18n/translate';
import { type CalculatorProblem, points, readMarginInput, readSizeInput } from './calculatorInput';

export type { CalculatorProblem } from './calculatorInput';

const CONFIDENCE_OPTIONS = CONFIDENCE_LEVELS.map((level) => ({
  value: String(level),
  label: formatPercentage(level),
}));

type FormProps = {
  /** The box's starting population: the stored population's size, if any. */
  start: string;
  defaults: SamplingStart;
  errorOf: (field: string) => string | undefined;
  onProblems: (problems: CalculatorProblem[]) => void;
};

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
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const form = { start, defaults, errorOf, onProblems };
  return (
    <section class="ca-calculator" aria-labelledby="calculator-heading">
      <h2 class="govuk-heading-m" id="calculator-heading">
        {t('setup', 'How many cases to read')}
      </h2>
      <p class="govuk-body">
        {t(
          'setup',
          'The sample size for a margin of error at a confidence level, from a population of a given size (with the finite population correction, assuming a proportion of 50%, the most cautious).',
        )}
      </p>
      <p class="govuk-body" data-testid="calculator-defaults">
        {defaults.fromFramework
          ? frameworkTitle
            ? t(
                'setup',
                '{framework} sets {confidence} confidence and a margin of ±{margin} points, filled in below. Change them if your inspection uses others.',
                {
                  framework: frameworkTitle,
                  confidence: formatPercentage(defaults.confidence),
                  margin: points(defaults.margin),
                },
              )
            : t(
                'setup',
                'The framework sets {confidence} confidence and a margin of ±{margin} points, filled in below. Change them if your inspection uses others.',
                {
                  confidence: formatPercentage(defaults.confidence),
                  margin: points(defaults.margin),
                },
              )
          : t(
              'setup',
              'The framework sets no sampling defaults, so the calculator starts at {confidence} confidence and a margin of ±{margin} points.',
              {
                confidence: formatPercentage(defaults.confidence),
                margin: points(defaults.margin),
              },
            )}
      </p>
      <SizeForm {...form} />
      <h3 class="govuk-heading-s">{t('setup', 'The margin of error a sample gives')}</h3>
      <MarginForm {...form} />
    </section>
  );
}

/** The calculator's answer: a figure, and the sentence that explains it. */
function CalculatorResult({ result }: { result: { figure: string; sentence: string } | null }) {
  return (
    <div aria-live="polite">
      {result && (
        <div class="govuk-inset-text ca-calculator__result">
          <p class="govuk-heading-m govuk-!-margin-bottom-2">{result.figure}</p>
          <p class="govuk-body govuk-!-margin-bottom-0">{result.sentence}</p>
        </div>
      )}
    </div>
  );
}

function SizeForm({ start, defaults, errorOf, onProblems }: FormProps) {
  const [population, setPopulation] = useState(start);
  const [confidence, setConfidence] = useState(String(defaults.confidence));
  const [margin, setMargin] = useState(points(defaults.margin));
  const [size, setSize] = useState<{ figure: string; sentence: string } | null>(null);

  const calculate = (event: Event) => {
    event.preventDefault();
    const { problems, N, e } = readSizeInput(population, margin);
    onProblems(problems);
    if (problems.length > 0 || N === null || e === null) {
      setSize(null);
      return;
    }
    const result = requiredSampleSize(
      { population: N, confidence: Number(confidence), marginOfError: e / 100 },
      currentTranslator(),
    );
    if (result.status === 'ok') {
      setSize({
        figure: t('setup', '{count, plural, one {# case} other {# cases}}', {
          count: result.value.sampleSize,
        }),
        sentence: result.value.sentence,
      });
    }
  };

  return (
    <form noValidate onSubmit={calculate} class="ca-calculator__form">
      <div class="ca-calculator__fields">
        <TextField
          id="size-population"
          label={t('setup', 'Population (cases)')}
          error={errorOf('size-population')}
          value={population}
          inputClass="govuk-input--width-10"
          inputMode="numeric"
          onInput={setPopulation}
        />
        <SelectField
          id="size-confidence"
          label={t('setup', 'Confidence level')}
          value={confidence}
          options={CONFIDENCE_OPTIONS}
          onChange={setConfidence}
        />
        <TextField
          id="size-margin"
          label={t('setup', 'Margin of error (± percentage points)')}
          error={errorOf('size-margin')}
          value={margin}
          inputClass="govuk-input--width-4"
          inputMode="decimal"
          onInput={setMargin}
        />
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary">
        {t('setup', 'Calculate the sample size')}
      </button>
      <CalculatorResult result={size} />
    </form>
  );
}

function MarginForm({ start, defaults, errorOf, onProblems }: FormProps) {
  const [responses, setResponses] = useState('');
  const [ofPopulation, setOfPopulation] = useState(start);
  const [confidence, setConfidence] = useState(String(defaults.confidence));
  const [achieved, setAchieved] = useState<{ figure: string; sentence: string } | null>(null);

  const calculate = (event: Event) => {
    event.preventDefault();
    const { problems, n, N } = readMarginInput(responses, ofPopulation);
    onProblems(problems);
    if (problems.length > 0 || n === null || N === null) {
      setAchieved(null);
      return;
    }
    const result = achievedMarginOfError(
      { population: N, responses: n, confidence: Number(confidence) },
      currentTranslator(),
    );
    if (result.status === 'ok') {
      setAchieved({
        figure: `±${Number((result.value.marginOfError * 100).toFixed(1))}%`,
        sentence: result.value.sentence,
      });
    }
  };

  return (
    <form noValidate onSubmit={calculate} class="ca-calculator__form">
      <div class="ca-calculator__fields">
        <TextField
          id="margin-responses"
          label={t('setup', 'Cases read')}
          error={errorOf('margin-responses')}
          value={responses}
          inputClass="govuk-input--width-10"
          inputMode="numeric"
          onInput={setResponses}
        />
        <TextField
          id="margin-population"
          label={t('setup', 'Of a population of')}
          error={errorOf('margin-population')}
          value={ofPopulation}
          inputClass="govuk-input--width-10"
          inputMode="numeric"
          onInput={setOfPopulation}
        />
        <SelectField
          id="margin-confidence"
          label={t('setup', 'Confidence level')}
          value={confidence}
          options={CONFIDENCE_OPTIONS}
          onChange={setConfidence}
        />
      </div>
      <button type="submit" class="govuk-button govuk-button--secondary">
        {t('setup', 'Calculate the margin of error')}
      </button>
      <CalculatorResult result={achieved} />
    </form>
  );
}
