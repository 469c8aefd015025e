/** The scope and methodology chapter: the sample, how it was drawn, fieldwork and team, how the figures were worked out, moderation. */
import { SMALL_BASE_MARK } from '../findings/printedFigure';
import type { Translator } from '../i18n/translator';
import type { Inspection } from '../inspection/inspectionSchema';
import { roundHalfUp } from '../statistics/roundHalfUp';
import { type Context, kindPhrases, listed, paragraphs } from './reportContext';
import type { ReportBlock } from './reportDocument';

function fieldworkText(fieldwork: Inspection['fieldwork'], tr: Translator): string | null {
  const { start, end } = fieldwork;
  if (start && end) {
    if (start === end) {
      return tr.t('report', 'Fieldwork took place on {date}.', { date: tr.date(start) });
    }
    return tr.t('report', 'Fieldwork took place from {start} to {end}.', {
      start: tr.date(start),
      end: tr.date(end),
    });
  }
  if (start) return tr.t('report', 'Fieldwork began on {date}.', { date: tr.date(start) });
  if (end) return tr.t('report', 'Fieldwork ended on {date}.', { date: tr.date(end) });
  return null;
}

/** The sample: how many cases, where, of which kinds, and the cases by area. */
function sampleBlocks<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { inspection, findings } = ctx.input;
  const { tr } = ctx;
  const blocks: ReportBlock<C>[] = [
    { type: 'subheading', level: 3, text: tr.t('report', 'The sample') },
  ];
  const areas = inspection.areas;
  const strata = inspection.strata;
  const sample =
    areas.length > 0
      ? tr.t(
          'report',
          'The sample was {count, plural, one {# case} other {# cases}} in {areaCount, plural, one {# area} other {# areas}}: {areas}.',
          {
            count: findings.cases.total,
            areaCount: areas.length,
            areas: listed(
              tr,
              areas.map((a) => a.name),
            ),
          },
        )
      : tr.t('report', 'The sample was {count, plural, one {# case} other {# cases}}.', {
          count: findings.cases.total,
        });
  const kinds =
    strata.length > 0
      ? tr.t(
          'report',
          'Cases were of {count, plural, one {# kind} other {# kinds}} (strata): {strata}.',
          {
            count: strata.length,
            strata: listed(
              tr,
              strata.map((s) => s.name),
            ),
          },
        )
      : '';
  blocks.push({ type: 'paragraph', text: kinds ? `${sample} ${kinds}` : sample });
  // Cases by area (and stratum), from the completeness tally, which counts every case given.
  const byAreaTally = findings.completeness.byArea;
  if (byAreaTally.length > 0) {
    blocks.push({
      type: 'table',
      caption: tr.t('report', 'Cases in the sample, by area'),
      head: [tr.t('report', 'Area'), tr.t('report', 'Cases'), tr.t('report', 'Fully answered')],
      numeric: [false, true, true],
      widths: [60, 20, 20],
      rows: [
        ...byAreaTally.map((g) => [g.label, String(g.cases), String(g.fullyAnswered)]),
        [
          tr.t('report', 'All areas'),
          String(findings.completeness.cases),
          String(findings.completeness.fullyAnswered),
        ],
      ],
    });
  }
  return blocks;
}

/** How the sample was drawn: the sampling record's figures and method, or chosen by hand. */
function drawnBlocks<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { inspection } = ctx.input;
  const { tr } = ctx;
  const blocks: ReportBlock<C>[] = [
    { type: 'subheading', level: 3, text: tr.t('report', 'How the sample was drawn') },
  ];
  if (inspection.sampling) {
    const s = inspection.sampling;
    const values = {
      date: tr.date(s.drawnAt),
      population: s.populationSize,
      eligible: s.eligible,
      drawn: s.sample.length,
      reserves: s.reserves.length,
    };
    blocks.push({
      type: 'paragraph',
      text:
        s.reserves.length > 0
          ? tr.t(
              'report',
              'The sample was drawn on {date} from a list of {population, plural, one {# case} other {# cases}}, of which {eligible} could be drawn; {drawn, plural, one {# case was} other {# cases were}} drawn, with {reserves, plural, one {# reserve} other {# reserves}}.',
              values,
            )
          : tr.t(
              'report',
              'The sample was drawn on {date} from a list of {population, plural, one {# case} other {# cases}}, of which {eligible} could be drawn; {drawn, plural, one {# case was} other {# cases were}} drawn.',
              values,
            ),
    });
    blocks.push(...paragraphs<C>(s.method));
  } else {
    blocks.push({
      type: 'paragraph',
      text: tr.t(
        'report',
        'The cases were chosen by the team and added one by one; no sample was drawn from a case list in Case Audit.',
      ),
    });
  }
  return blocks;
}

/** Fieldwork dates and the team's make-up. */
function teamBlocks<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { inspection } = ctx.input;
  const { tr } = ctx;
  const fieldwork = fieldworkText(inspection.fieldwork, tr);
  const leads = inspection.team.filter((m) => m.role === 'lead').length;
  const inspectors = inspection.team.length - leads;
  return [
    { type: 'subheading', level: 3, text: tr.t('report', 'Fieldwork and the team') },
    {
      type: 'paragraph',
      text:
        [
          fieldwork,
          inspection.team.length > 0
            ? tr.t(
                'report',
                'The team was {people, plural, one {# person} other {# people}}: {leads, plural, one {# lead inspector} other {# lead inspectors}} and {inspectors, plural, one {# inspector} other {# inspectors}}.',
                { people: inspection.team.length, leads, inspectors },
              )
            : null,
        ]
          .filter(Boolean)
          .join(' ') || tr.t('report', 'The fieldwork dates and the team were not recorded.'),
    },
  ];
}

/** How the figures were worked out: the cases counted, the base, intervals, small bases. */
function figuresBlocks<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { findings } = ctx.input;
  const { tr } = ctx;
  const counted = findings.cases.counted;
  const basis =
    findings.basis === 'complete-cases'
      ? tr.t(
          'report',
          'The figures count the {counted, plural, one {# case} other {# cases}} marked complete; {excluded, plural, one {# case was not complete and is} other {# cases were not complete and are}} left out.',
          { counted, excluded: findings.cases.excluded },
        )
      : tr.t(
          'report',
          'The figures count all {counted, plural, one {# case} other {# cases}} in the sample; {fully} of them had every question that applied answered.',
          { counted, fully: findings.completeness.fullyAnswered },
        );
  const rest = tr.t(
    'report',
    'Each percentage is of the cases where the question applied and was answered (the base): answers of “not applicable”, questions not asked because of an earlier answer, and unanswered questions are left out of the base. Answers of “not known” (the record did not say) are reported apart and, unless the framework says otherwise, are not in the base. Figures are written as 38% (23/60): the percentage, rounded half up to a whole number, with the number of cases and the base.',
  );
  return [
    { type: 'subheading', level: 3, text: tr.t('report', 'How the figures were worked out') },
    { type: 'paragraph', text: `${basis} ${rest}` },
    {
      type: 'paragraph',
      text: tr.t(
        'report',
        'Intervals are {level}% Wilson score intervals. A figure whose base is under 10 cases is marked {mark} (a small base): a figure on so few cases says little on its own. Each figure names the answer it counts; for a question about an adverse event (“Had the child gone missing?”) it counts the event.',
        { level: roundHalfUp(findings.confidence * 100, 1), mark: SMALL_BASE_MARK },
      ),
    },
  ];
}

/** The scope and methodology chapter's blocks. */
export function methodology<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { inspection, framework, moderation } = ctx.input;
  const { tr } = ctx;
  return [
    {
      type: 'paragraph',
      text: tr.t(
        'report',
        '{kind, select, audit {This audit} other {This inspection}} read case files against the framework “{title}” (version {version}), published by {publishers} ({year}).',
        {
          kind: kindPhrases(tr)[inspection.kind].noun,
          title: framework.title,
          version: framework.version,
          publishers: listed(tr, framework.publishers),
          year: framework.year,
        },
      ),
    },
    ...sampleBlocks(ctx),
    ...drawnBlocks(ctx),
    ...teamBlocks(ctx),
    ...figuresBlocks(ctx),
    { type: 'subheading', level: 3, text: tr.t('report', 'Moderation') },
    {
      type: 'paragraph',
      text:
        moderation?.text ??
        tr.t(
          'report',
          'No moderation (a second, independent reading of a share of the cases) is recorded for this inspection.',
        ),
    },
  ];
}
