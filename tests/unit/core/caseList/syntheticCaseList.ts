/**
 * Synthetic case lists for tests and the sampling benchmark: six made-up areas, host and home
 * strata, references like LAC-03-0007, and a small profile. No real data.
 */
import type { CaseListContext, Framework } from '../../../../src/core';
import { minimalFramework, neutralScale } from '../../../fixtures/frameworkBuilder';

export const areas = [
  { id: 'north', name: 'Northtown' },
  { id: 'south', name: 'Southvale' },
  { id: 'east', name: 'Eastmoor' },
  { id: 'west', name: 'Westbridge' },
  { id: 'high', name: 'Highfield' },
  { id: 'low', name: 'Lowmead' },
] as const;

export const strata = [
  { id: 'host', name: 'host' },
  { id: 'home', name: 'home' },
] as const;

const genderScale = neutralScale(
  'gender',
  { male: 'Male', female: 'Female', other: 'Other' },
  { allowNotKnown: true },
);

const needsScale = neutralScale('needs', {
  education: 'Education',
  health: 'Mental health',
  substance: 'Substance misuse',
});

export const framework: Framework = minimalFramework({
  scales: [...minimalFramework().scales, genderScale, needsScale],
  profile: [
    { id: 'age', text: 'Age', kind: 'number', integer: true, min: 10, max: 18 },
    { id: 'gender', text: 'Gender', kind: 'choice', scale: 'gender' },
    { id: 'placements', text: 'Number of placements', kind: 'number', integer: true, min: 0 },
    { id: 'needs', text: 'Needs', kind: 'multichoice', scale: 'needs' },
    { id: 'order-date', text: 'Date of order', kind: 'date' },
  ],
});

export const context: CaseListContext = { framework, areas: [...areas], strata: [...strata] };

/** A small deterministic generator (not the sampler's), so fixtures are the same every run. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

export const HEADINGS = ['Case ref', 'YOT', 'Host or home', 'Age', 'Gender', 'Placements'];

/** A population CSV of `rows` cases spread over the six areas and two strata. */
export function syntheticCaseListCsv(rows: number, seed = 1): string {
  const random = lcg(seed);
  const lines = [HEADINGS.join(',')];
  const genders = ['Male', 'Female', 'male', 'F'];
  for (let i = 0; i < rows; i++) {
    const area = areas[i % areas.length]!;
    const stratum = strata[Math.floor(i / areas.length) % 2]!;
    const ref = `LAC-${String((i % areas.length) + 1).padStart(2, '0')}-${String(i + 1).padStart(5, '0')}`;
    const age = 10 + Math.floor(random() * 9);
    const gender = genders[Math.floor(random() * 2)]!;
    const placements = Math.floor(random() * 12);
    lines.push([ref, area.name, stratum.name, age, gender, placements].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The same lines in another order (heading kept first). */
export function shuffleLines(csv: string, seed = 7): string {
  const random = lcg(seed);
  const [heading, ...lines] = csv.trimEnd().split('\r\n');
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
  return [heading, ...lines].join('\r\n');
}
