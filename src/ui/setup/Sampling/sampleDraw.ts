/** A sample drawn on the sampling page, and how it is recognised when drawn again. */
import type { PopulationEntry, SampleDraw } from '../../../core';

export type Draw = SampleDraw<PopulationEntry>;
/** A draw made on this page, to recognise the same sample again. */
export type Drawn = { seed: string; sample: string[]; reserves: string[]; at: string };

export function drawnOf(draw: Draw, at: string): Drawn {
  return {
    seed: draw.seed,
    sample: draw.sample.map((e) => e.ref),
    reserves: draw.reserves.map((e) => e.ref),
    at,
  };
}
