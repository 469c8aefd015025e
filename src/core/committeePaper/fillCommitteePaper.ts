/**
 * "Fill from the audit": sensible first words for a committee paper's empty fields, from the
 * inspection and its framework — the purpose naming the report the recommendations come from,
 * the background from the framework's description and source, and the usual words of a paper
 * for noting (other options, the reason, "That the Committee notes the local position …").
 * Fields the lead has written are never changed; what only the lead knows (the committee, the
 * meeting, the inspectorate's summary, the contact) is left empty.
 */
import type { Framework } from '../framework/frameworkSchema';
import type { Inspection } from '../inspection/inspectionSchema';
import { listInWords } from '../phrasing/listInWords';
import type { CommitteePaperDraft } from './committeePaperDraft';

type Source = {
  readonly inspection: Pick<Inspection, 'title' | 'organisations'>;
  readonly framework: Pick<
    Framework,
    'title' | 'shortTitle' | 'publishers' | 'year' | 'description' | 'source' | 'version'
  >;
};

/** The words a filled paper starts from. */
export function suggestedCommitteePaper(
  source: Source,
): Omit<
  CommitteePaperDraft,
  'committee' | 'meetingDate' | 'agendaItem' | 'inspectorateSummary' | 'contact'
> {
  const { inspection, framework } = source;
  const publishers = listInWords(framework.publishers);
  const report = `‘${framework.title}’`;
  const description = (framework.description ?? '').split(/\n\s*\n/)[0]?.trim() ?? '';
  const audit = `This audit (${inspection.title}) read cases against the same criteria, using the framework ${framework.shortTitle ?? framework.title}, version ${framework.version}.`;
  return {
    reportOf: inspection.organisations.length > 0 ? `Report of ${inspection.organisations[0]}` : '',
    title: inspection.title,
    purpose: `To outline to the Committee the local position in relation to the recommendations made by ${publishers} in their report ${report} (${framework.year}).`,
    background: [
      `${publishers} published ${report} in ${framework.year}.${description ? ` ${description}` : ''}`,
      audit,
      `Source: ${framework.source.citation}`,
    ].join('\n\n'),
    otherOptions:
      'This report has been provided as an appraisal of the current position and as such no alternative options have been considered.',
    reasonForRecommendations: `These recommendations are based upon the provision of this report for information so that the Committee is aware of the local position against the recommendations made by ${publishers}.`,
    committeeRecommendations: `That the Committee notes the local position against the recommendations made by ${publishers} in their report ${report}.`,
  };
}

/** The draft with its empty fields filled from the audit; written fields kept as they are. */
export function fillCommitteePaper(
  draft: CommitteePaperDraft,
  source: Source,
): CommitteePaperDraft {
  const suggested = suggestedCommitteePaper(source);
  const filled: CommitteePaperDraft = { ...draft };
  for (const key of Object.keys(suggested) as (keyof typeof suggested)[]) {
    if (filled[key].trim() === '') filled[key] = suggested[key];
  }
  return filled;
}

/** "youth-offending-work-and-looked-after-children.pdf": the file named from the paper's title. */
export function committeePaperFileName(title: string, extension: 'pdf' | 'docx'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'committee-paper'}.${extension}`;
}
