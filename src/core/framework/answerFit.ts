/**
 * What a new version does to the answers already given against the old one, in words:
 * "12 answers in 2 inspections would no longer fit". An answer would no longer fit when its
 * question or profile field is removed, or changed so that an answer given before may not be
 * accepted (kind changed, options removed or renamed, a narrower range).
 */
import { ENGLISH, type Translator } from '../i18n/translator';
import type { FrameworkDiff } from './diffFrameworks';

/** Answers given so far to each item (by id), counted per inspection (by id). */
export type AnswersByItem = Readonly<Record<string, Readonly<Record<string, number>>>>;

export type AnswerFitCounts = {
  readonly answers: number;
  readonly inspections: number;
  /** Ids of the items whose answers would no longer fit, and have some. */
  readonly items: readonly string[];
};

export function answerFitCounts(
  diff: FrameworkDiff,
  answersByItem: AnswersByItem,
): AnswerFitCounts {
  const unfit = [
    ...diff.removed.filter((e) => e.kind === 'question' || e.kind === 'profileField'),
    ...diff.changed.filter((e) => e.unfit),
  ];
  let answers = 0;
  const inspections = new Set<string>();
  const items: string[] = [];
  for (const entry of unfit) {
    const counts = answersByItem[entry.id];
    if (!counts) continue;
    let here = 0;
    for (const [inspectionId, n] of Object.entries(counts)) {
      if (n <= 0) continue;
      here += n;
      inspections.add(inspectionId);
    }
    if (here > 0) items.push(entry.id);
    answers += here;
  }
  return { answers, inspections: inspections.size, items };
}

/** "12 answers in 2 inspections would no longer fit", or that every answer still fits. */
export function answerFit(
  diff: FrameworkDiff,
  answersByItem: AnswersByItem,
  tr: Translator = ENGLISH,
): string {
  const counts = answerFitCounts(diff, answersByItem);
  if (counts.answers === 0) return tr.t('frameworks', 'Every answer already given would still fit');
  return tr.t(
    'frameworks',
    '{answers, plural, one {# answer} other {# answers}} in {inspections, plural, one {# inspection} other {# inspections}} would no longer fit',
    { answers: counts.answers, inspections: counts.inspections },
  );
}
