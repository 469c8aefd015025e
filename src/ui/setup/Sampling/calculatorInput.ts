/** The sample-size calculator's boxes read as numbers, and what is wrong with them. */
import { formatNumber } from '../../components/InspectionFrame/format';
import { t } from '../../i18n/translate';

export type CalculatorProblem = { field: string; message: string };

/** A margin as a fraction, in the box's percentage points: 0.05 → "5". */
export function points(margin: number): string {
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

/** The population and margin for a sample size, or the problems with them. */
export function readSizeInput(
  population: string,
  margin: string,
): { problems: CalculatorProblem[]; N: number | null; e: number | null } {
  const problems: CalculatorProblem[] = [];
  const N = wholeNumber(population);
  const e = percentage(margin);
  if (N === null || N < 1) {
    problems.push({
      field: 'size-population',
      message: t('setup', 'Enter the population as a whole number of cases, 1 or more'),
    });
  }
  if (e === null || e <= 0 || e >= 100) {
    problems.push({
      field: 'size-margin',
      message: t('setup', 'Enter the margin of error as a percentage between 0 and 100, such as 5'),
    });
  }
  return { problems, N, e };
}

/** The cases read and the population for a margin of error, or the problems with them. */
export function readMarginInput(
  responses: string,
  ofPopulation: string,
): { problems: CalculatorProblem[]; n: number | null; N: number | null } {
  const problems: CalculatorProblem[] = [];
  const n = wholeNumber(responses);
  const N = wholeNumber(ofPopulation);
  if (n === null || n < 1) {
    problems.push({
      field: 'margin-responses',
      message: t('setup', 'Enter the number of cases read as a whole number, 1 or more'),
    });
  }
  if (N === null || N < 1) {
    problems.push({
      field: 'margin-population',
      message: t('setup', 'Enter the population as a whole number of cases, 1 or more'),
    });
  } else if (n !== null && n > N) {
    problems.push({
      field: 'margin-responses',
      message: t(
        'setup',
        'The cases read ({read}) cannot be more than the population ({population})',
        { read: formatNumber(n), population: formatNumber(N) },
      ),
    });
  }
  return { problems, n, N };
}
