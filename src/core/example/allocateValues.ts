/**
 * Shares out the values of each allocation rule among cases, exactly: every share gets its
 * count, and only cases a question is asked of (its `showWhen` rule holds for the answers given
 * so far) get an answer. Who gets what follows the rule's driver, the case's latent measures
 * and seeded noise, so the same seed always gives the same answers.
 */
import { effectiveRule, hiddenItems } from '../framework/applicability';
import type { FrameworkIndex } from '../framework/frameworkItems';
import type { AnswerValue } from '../inspection/answerValue';
import { randomBelow, seededGenerator } from '../sampling/seededRandom';
import type { AllocationRule, CaseFacts, Driver } from './allocationRule';

/** What drives a case's answers, each between 0 and 1. */
export type CaseLatent = {
  readonly stratumId: string | null;
  /** Quality of the YOTs' work on the case: higher is better. */
  readonly practice: number;
  /** How troubled the child's circumstances were: higher is more troubled. */
  readonly difficulty: number;
};

const RESOLUTION = 1_000_000;

/** A number in [0, 1) from a seeded generator. */
export function uniform(generator: ReturnType<typeof seededGenerator>): number {
  return randomBelow(generator, RESOLUTION) / RESOLUTION;
}

function score(driver: Driver, latent: CaseLatent, noise: number): number {
  switch (driver) {
    case 'practice':
      return 0.6 * latent.practice + 0.4 * noise;
    case 'difficulty':
      return 0.55 * latent.difficulty + 0.15 * (1 - latent.practice) + 0.3 * noise;
    case 'chance':
      return noise;
  }
}

/**
 * Values per case (index as in `latents`), by item id, for every rule in order. Throws when a
 * rule does not fit the framework or its counts do not add up to the cases asked: the table is
 * wrong, which is a bug.
 */
export function allocateValues(
  index: FrameworkIndex,
  rules: readonly AllocationRule[],
  latents: readonly CaseLatent[],
  seed: string,
): Map<string, AnswerValue>[] {
  const values = latents.map(() => new Map<string, AnswerValue>());
  for (const rule of rules) {
    const entry = index.itemById.get(rule.item);
    if (!entry) throw new Error(`example data: the framework has no item "${rule.item}"`);
    const asked = latents
      .map((_, c) => c)
      .filter(
        (c) =>
          effectiveRule(entry) === undefined ||
          !hiddenItems(index, (id) => values[c]!.get(id), latents[c]).has(rule.item),
      );
    const total = rule.shares.reduce((sum, s) => sum + s.count, 0) + (rule.blank ?? 0);
    if (total !== asked.length) {
      throw new Error(
        `example data: the shares of "${rule.item}" add up to ${total}, but it is asked of ${asked.length} cases`,
      );
    }
    const generator = seededGenerator(`${seed}\u001f${rule.item}`);
    const noise = new Map(asked.map((c) => [c, uniform(generator)]));
    const facts = (c: number): CaseFacts => ({
      value: (id) => values[c]!.get(id),
      stratumId: latents[c]!.stratumId,
    });
    let remaining = asked;
    const take = (count: number, driver: Driver, prefer?: (f: CaseFacts) => boolean) => {
      const ranked = remaining
        .map((c) => ({
          c,
          first: prefer?.(facts(c)) ? 1 : 0,
          score: score(driver, latents[c]!, noise.get(c)!),
        }))
        .sort((a, b) => b.first - a.first || b.score - a.score || a.c - b.c);
      const taken = ranked.slice(0, count).map((r) => r.c);
      const gone = new Set(taken);
      remaining = remaining.filter((c) => !gone.has(c));
      return taken;
    };
    take(rule.blank ?? 0, 'chance');
    for (const s of rule.shares) {
      for (const c of take(s.count, s.by ?? rule.by, s.prefer)) values[c]!.set(rule.item, s.value);
    }
  }
  return values;
}
