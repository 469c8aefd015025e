/** A RAG status as a GOV.UK tag: red, amber (orange), green, or grey "Not assessed". */
import type { RagStatus } from '../../../core';
import { ragText } from './ragText';

const TAG_CLASS: Record<RagStatus | 'none', string> = {
  red: 'govuk-tag--red',
  amber: 'govuk-tag--orange',
  green: 'govuk-tag--green',
  none: 'govuk-tag--grey',
};

export function RagTag({ rag }: { rag: RagStatus | null }) {
  return <strong class={`govuk-tag ${TAG_CLASS[rag ?? 'none']}`}>{ragText(rag)}</strong>;
}
