/** What the moderation choice screen works out from its fields: seeds, sizes, readers, messages. */
import { compareRefsAsRead, type ModerationSize } from '../../../core';
import type { CaseRecord } from '../../../db/database';
import type { AssignOutcome } from '../../../db/moderation/moderationAssignment';
import type { SummaryError } from '../../components/ErrorSummary';
import { t } from '../../i18n/translate';

export type Method = 'random' | 'hand';
export type SizeKind = 'percent' | 'count';
/** A problem on the page, tied to the field it concerns. */
export type ChoiceError = SummaryError & { field: string };

export function candidateOf(c: CaseRecord) {
  return { caseId: c.id, ref: c.ref, inspectorId: c.inspectorId };
}

/** The size asked for, as typed: an empty box is no number at all. */
export function sizeOf(kind: SizeKind, amount: string): ModerationSize {
  const number = amount.trim() === '' ? Number.NaN : Number(amount.trim());
  return kind === 'percent'
    ? { kind: 'percent', percent: number }
    : { kind: 'count', count: number };
}

/** Every chosen case still without a second reader, as a problem at its select. */
export function missingReaders(
  chosen: ReadonlyMap<string, string>,
  byId: ReadonlyMap<string, CaseRecord>,
): ChoiceError[] {
  return [...chosen]
    .filter(([, reader]) => reader === '')
    .map(([caseId]) => ({
      field: `reader-${caseId}`,
      href: `#reader-${caseId}`,
      text: t('moderation.choose', 'Choose a second reader for case {ref}', {
        ref: byId.get(caseId)?.ref ?? caseId,
      }),
    }));
}

export function assignFailure(outcome: Exclude<AssignOutcome, { status: 'done' }>): string {
  return outcome.status === 'invalid'
    ? outcome.errors.map((e) => e.message).join('; ')
    : outcome.status === 'missing'
      ? outcome.message
      : t(
          'moderation.choose',
          'Nothing was saved: the browser’s storage refused the change ({detail}).',
          { detail: outcome.detail },
        );
}

/** The chosen cases in reference order (a case just assigned leaves the candidates first). */
export function orderedChosen(
  chosen: ReadonlyMap<string, string>,
  byId: ReadonlyMap<string, CaseRecord>,
): CaseRecord[] {
  return [...chosen.keys()]
    .flatMap((id) => {
      const kase = byId.get(id);
      return kase ? [kase] : [];
    })
    .sort((a, b) => compareRefsAsRead(a.ref, b.ref));
}
