/**
 * "Fill from the audit": sensible first words for a committee paper's empty fields, from the
 * inspection and its framework — the purpose naming the report the recommendations come from,
 * the background from the framework's description and source, and the usual words of a paper
 * for noting (other options, the reason, "That the Committee notes the local position …").
 * Fields the lead has written are never changed; what only the lead knows (the committee, the
 * meeting, the inspectorate's summary, the contact) is left empty.
 */
import type { Framework } from '../framework/frameworkSchema';
import { ENGLISH, type Translator } from '../i18n/translator';
import type { Inspection } from '../inspection/inspectionSchema';
import type { CommitteePaperDraft } from './committeePaperDraft';

type Source = {
  readonly inspection: Pick<Inspection, 'title' | 'organisations'>;
  readonly framework: Pick<
    Framework,
    'title' | 'shortTitle' | 'publishers' | 'year' | 'description' | 'source' | 'version'
  >;
};

/** "A, B and C", with the translator's "and". */
function listed(items: readonly string[], tr: Translator): string {
  if (items.length <= 1) return items.join('');
  return tr.t('committeePaper.document', '{some} and {last}', {
    some: items.slice(0, -1).join(', '),
    last: items[items.length - 1]!,
  });
}

/** The words a filled paper starts from, in the translator's language. */
export function suggestedCommitteePaper(
  source: Source,
  tr: Translator = ENGLISH,
): Omit<
  CommitteePaperDraft,
  'committee' | 'meetingDate' | 'agendaItem' | 'inspectorateSummary' | 'contact' | 'language'
> {
  const { inspection, framework } = source;
  const publishers = listed(framework.publishers, tr);
  const report = `‘${framework.title}’`;
  const description = (framework.description ?? '').split(/\n\s*\n/)[0]?.trim() ?? '';
  const audit = tr.t(
    'committeePaper.document',
    'This audit ({inspection}) read cases against the same criteria, using the framework {framework}, version {version}.',
    {
      inspection: inspection.title,
      framework: framework.shortTitle ?? framework.title,
      version: framework.version,
    },
  );
  const published = tr.t('committeePaper.document', '{publishers} published {report} in {year}.', {
    publishers,
    report,
    year: String(framework.year),
  });
  return {
    reportOf:
      inspection.organisations.length > 0
        ? tr.t('committeePaper.document', 'Report of {organisation}', {
            organisation: inspection.organisations[0]!,
          })
        : '',
    title: inspection.title,
    purpose: tr.t(
      'committeePaper.document',
      'To outline to the Committee the local position in relation to the recommendations made by {publishers} in their report {report} ({year}).',
      { publishers, report, year: String(framework.year) },
    ),
    background: [
      description ? `${published} ${description}` : published,
      audit,
      tr.t('committeePaper.document', 'Source: {citation}', {
        citation: framework.source.citation,
      }),
    ].join('\n\n'),
    otherOptions: tr.t(
      'committeePaper.document',
      'This report has been provided as an appraisal of the current position and as such no alternative options have been considered.',
    ),
    reasonForRecommendations: tr.t(
      'committeePaper.document',
      'These recommendations are based upon the provision of this report for information so that the Committee is aware of the local position against the recommendations made by {publishers}.',
      { publishers },
    ),
    committeeRecommendations: tr.t(
      'committeePaper.document',
      'That the Committee notes the local position against the recommendations made by {publishers} in their report {report}.',
      { publishers, report },
    ),
  };
}

/** The draft with its empty fields filled from the audit; written fields kept as they are. */
export function fillCommitteePaper(
  draft: CommitteePaperDraft,
  source: Source,
  tr: Translator = ENGLISH,
): CommitteePaperDraft {
  const suggested = suggestedCommitteePaper(source, tr);
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
