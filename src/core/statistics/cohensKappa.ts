/**
 * Agreement between two readings of the same cases (SPEC §4.7): percentage agreement and
 * Cohen's kappa, which discounts the agreement two readers would reach by chance given how often
 * each uses each answer.
 */

export type Agreement = {
  /** Pairs compared: the base of every figure here. */
  readonly pairs: number;
  readonly agreed: number;
  /** agreed ÷ pairs × 100; null with no pairs. */
  readonly percentAgreement: number | null;
  /** Observed agreement as a fraction of 1. */
  readonly observed: number | null;
  /** Agreement expected by chance, as a fraction of 1. */
  readonly expected: number | null;
  /**
   * (observed − expected) ÷ (1 − expected). Null when undefined: no pairs, or both readers gave
   * one and the same answer every time (chance agreement is then 1).
   */
  readonly kappa: number | null;
};

function fromCounts(pairs: number, agreed: number, expectedAgreements: number): Agreement {
  if (pairs === 0) {
    return {
      pairs,
      agreed,
      percentAgreement: null,
      observed: null,
      expected: null,
      kappa: null,
    };
  }
  const observed = agreed / pairs;
  const expected = expectedAgreements / pairs;
  return {
    pairs,
    agreed,
    percentAgreement: observed * 100,
    observed,
    expected,
    // Chance agreement of 1 (within rounding) leaves nothing to discount: kappa is undefined.
    kappa: expected >= 1 - 1e-12 ? null : (observed - expected) / (1 - expected),
  };
}

/** Sum over answers of (first reader's count × second reader's count) ÷ pairs. */
function expectedAgreements(pairs: readonly (readonly [string, string])[]): number {
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  for (const [a, b] of pairs) {
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  let sum = 0;
  for (const [answer, count] of first) sum += count * (second.get(answer) ?? 0);
  return pairs.length === 0 ? 0 : sum / pairs.length;
}

/** Cohen's kappa and percentage agreement for pairs of categorical answers (first, second). */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): Agreement {
  let agreed = 0;
  for (const [a, b] of pairs) if (a === b) agreed++;
  return fromCounts(pairs.length, agreed, expectedAgreements(pairs));
}

/**
 * Several agreements pooled into one: pairs, agreements and chance agreements are summed (each
 * weighs by its number of pairs), and kappa is taken from the sums, never averaged.
 */
export function poolAgreements(agreements: readonly Agreement[]): Agreement {
  let pairs = 0;
  let agreed = 0;
  let expectedAgreements = 0;
  for (const a of agreements) {
    pairs += a.pairs;
    agreed += a.agreed;
    expectedAgreements += (a.expected ?? 0) * a.pairs;
  }
  return fromCounts(pairs, agreed, expectedAgreements);
}

export type QuestionAgreement = Agreement & { readonly questionId: string };

/**
 * Agreement per question and overall. The overall figure pools the questions
 * (`poolAgreements`), never comparing answers of different questions with each other.
 */
export function agreementByQuestion(
  readings: readonly {
    readonly questionId: string;
    readonly first: string;
    readonly second: string;
  }[],
): { questions: QuestionAgreement[]; overall: Agreement } {
  const byQuestion = new Map<string, [string, string][]>();
  for (const { questionId, first, second } of readings) {
    let list = byQuestion.get(questionId);
    if (!list) {
      list = [];
      byQuestion.set(questionId, list);
    }
    list.push([first, second]);
  }
  const questions = [...byQuestion].map(([questionId, list]) => ({
    questionId,
    ...cohensKappa(list),
  }));
  return { questions, overall: poolAgreements(questions) };
}
