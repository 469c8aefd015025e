/**
 * The driver behaviour tests use: build a framework inline, add cases with answers in plain
 * values, and ask for findings the way a screen would. Synthetic data only.
 */
import {
  type Answer,
  type AnswerValue,
  type CaseStatus,
  type CaseWithAnswers,
  computeFindings,
  type FindingsOptions,
  type FindingsResult,
  type Framework,
  findingsCasesOf,
  type ItemFinding,
  type ProportionFinding,
  type StandardRating,
} from '../../src/core';

const AT = '2026-03-02T09:00:00.000Z';

export type CaseSpec = {
  readonly area?: string;
  readonly stratum?: string | null;
  readonly inspector?: string | null;
  readonly status?: CaseStatus;
};

export function answersFrom(values: Readonly<Record<string, AnswerValue>>): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(values)) {
    answers[id] = { value, note: '', rev: 1, at: AT, by: 'insp-1', device: 'test' };
  }
  return answers;
}

export function makeCase(
  index: number,
  values: Readonly<Record<string, AnswerValue>>,
  spec: CaseSpec = {},
): CaseWithAnswers {
  const ref = `LAC-${String((index % 90) + 1).padStart(2, '0')}-${String(index + 1).padStart(2, '0')}`;
  return {
    id: `case-${index + 1}`,
    inspectionId: 'insp-test',
    ref,
    areaId: spec.area ?? 'area-1',
    stratumId: spec.stratum ?? null,
    inspectorId: spec.inspector === undefined ? 'insp-1' : spec.inspector,
    status: spec.status ?? 'complete',
    role: 'sample',
    createdAt: AT,
    updatedAt: AT,
    answers: answersFrom(values),
  };
}

export class AuditScenario {
  private readonly cases: CaseWithAnswers[] = [];

  private constructor(readonly framework: Framework) {}

  static withFramework(framework: Framework): AuditScenario {
    return new AuditScenario(framework);
  }

  /** Adds `count` cases with the same answers. */
  answer(count: number, values: Readonly<Record<string, AnswerValue>>, spec: CaseSpec = {}): this {
    for (let i = 0; i < count; i++) this.cases.push(makeCase(this.cases.length, values, spec));
    return this;
  }

  allCases(): readonly CaseWithAnswers[] {
    return this.cases;
  }

  findings(options: FindingsOptions = {}): FindingsResult {
    return computeFindings(this.framework, findingsCasesOf(this.cases), options);
  }

  itemFor(itemId: string, options: FindingsOptions = {}): ItemFinding {
    const result = this.findings(options);
    const found = [...result.questions, ...result.profile].find((f) => f.itemId === itemId);
    if (!found) throw new Error(`no finding for ${itemId}`);
    return found;
  }

  findingFor(questionId: string, options: FindingsOptions = {}): ProportionFinding {
    const found = this.itemFor(questionId, options);
    if (found.type !== 'proportion') throw new Error(`${questionId} is not a proportion`);
    return found;
  }

  standard(standardId: string, options: FindingsOptions = {}): StandardRating {
    const found = this.findings(options).standards.find((s) => s.standardId === standardId);
    if (!found) throw new Error(`no standard ${standardId}`);
    return found;
  }
}
