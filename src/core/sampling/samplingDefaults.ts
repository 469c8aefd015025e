/**
 * What the sample-size calculator starts from: the framework's sampling defaults when it has
 * them (HMIP's frameworks: 80% confidence, ±5 points), else 95% and ±5 points, the usual
 * survey choice.
 */
import type { Framework, SamplingDefaults } from '../framework/frameworkSchema';

export const GENERAL_SAMPLING_DEFAULTS: SamplingDefaults = { confidence: 0.95, margin: 0.05 };

export type SamplingStart = SamplingDefaults & {
  /** Whether the figures are the framework's own rather than the general ones. */
  readonly fromFramework: boolean;
};

export function samplingDefaults(framework: Pick<Framework, 'sampling'> | null): SamplingStart {
  const own = framework?.sampling;
  return own
    ? { confidence: own.confidence, margin: own.margin, fromFramework: true }
    : { ...GENERAL_SAMPLING_DEFAULTS, fromFramework: false };
}
