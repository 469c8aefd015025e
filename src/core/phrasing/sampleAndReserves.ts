/**
 * What an inspection's cases are, said the same way on every screen that counts them: the
 * cases to read ("in the sample") apart from the reserves, which are read only if a sampled
 * case cannot be. "6 cases in the sample, 4 reserves"; "6 cases in the sample".
 */
import { plural } from './plural';

export function sampleAndReserves(sample: number, reserves: number): string {
  const inSample = `${plural(sample, 'case')} in the sample`;
  return reserves > 0 ? `${inSample}, ${plural(reserves, 'reserve')}` : inSample;
}
