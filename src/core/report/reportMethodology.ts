/** The scope and methodology chapter: the sample, how it was drawn, fieldwork and team, how the figures were worked out, moderation. */
import { SMALL_BASE_MARK } from '../findings/printedFigure';
import type { Inspection } from '../inspection/inspectionSchema';
import { isOrAre, wasOrWere } from '../phrasing/agreement';
import { listInWords } from '../phrasing/listInWords';
import { longDate } from '../phrasing/longDate';
import { plural } from '../phrasing/plural';
import { roundHalfUp } from '../statistics/roundHalfUp';
import { type Context, KIND_PHRASES, paragraphs } from './reportContext';
import type { ReportBlock } from './reportDocument';

function fieldworkText(fieldwork: Inspection['fieldwork']): string | null {
  const { start, end } = fieldwork;
  if (start && end) {
    if (start === end) return `Fieldwork took place on ${longDate(start)}.`;
    return `Fieldwork took place from ${longDate(start)} to ${longDate(end)}.`;
  }
  if (start) return `Fieldwork began on ${longDate(start)}.`;
  if (end) return `Fieldwork ended on ${longDate(end)}.`;
  return null;
}

/** The sample: how many cases, where, of which kinds, and the cases by area. */
function sampleBlocks<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { inspection, findings } = ctx.input;
  const blocks: ReportBlock<C>[] = [{ type: 'subheading', level: 3, text: 'The sample' }];
  const areas = inspection.areas;
  const strata = inspection.strata;
  const areaWords =
    areas.length > 0
      ? ` in ${plural(areas.length, 'area')}: ${listInWords(areas.map((a) => a.name))}`
      : '';
  blocks.push({
    type: 'paragraph',
    text: `The sample was ${plural(findings.cases.total, 'case')}${areaWords}.${
      strata.length > 0
        ? ` Cases were of ${plural(strata.length, 'kind', 'kinds')} (strata): ${listInWords(strata.map((s) => s.name))}.`
        : ''
    }`,
  });
  // Cases by area (and stratum), from the completeness tally, which counts every case given.
  const byAreaTally = findings.completeness.byArea;
  if (byAreaTally.length > 0) {
    blocks.push({
      type: 'table',
      caption: 'Cases in the sample, by area',
      head: ['Area', 'Cases', 'Fully answered'],
      numeric: [false, true, true],
      widths: [60, 20, 20],
      rows: [
        ...byAreaTally.map((g) => [g.label, String(g.cases), String(g.fullyAnswered)]),
        [
          'All areas',
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
  const blocks: ReportBlock<C>[] = [
    { type: 'subheading', level: 3, text: 'How the sample was drawn' },
  ];
  if (inspection.sampling) {
    const s = inspection.sampling;
    blocks.push({
      type: 'paragraph',
      text: `The sample was drawn on ${longDate(s.drawnAt)} from a list of ${plural(s.populationSize, 'case')}, of which ${s.eligible} could be drawn; ${plural(s.sample.length, 'case')} ${wasOrWere(s.sample.length)} drawn${s.reserves.length > 0 ? `, with ${plural(s.reserves.length, 'reserve')}` : ''}.`,
    });
    blocks.push(...paragraphs<C>(s.method));
  } else {
    blocks.push({
      type: 'paragraph',
      text: 'The cases were chosen by the team and added one by one; no sample was drawn from a case list in Case Audit.',
    });
  }
  return blocks;
}

/** Fieldwork dates and the team's make-up. */
function teamBlocks<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { inspection } = ctx.input;
  const fieldwork = fieldworkText(inspection.fieldwork);
  const leads = inspection.team.filter((m) => m.role === 'lead').length;
  const inspectors = inspection.team.length - leads;
  return [
    { type: 'subheading', level: 3, text: 'Fieldwork and the team' },
    {
      type: 'paragraph',
      text:
        [
          fieldwork,
          inspection.team.length > 0
            ? `The team was ${plural(inspection.team.length, 'person', 'people')}: ${plural(leads, 'lead inspector')} and ${plural(inspectors, 'inspector')}.`
            : null,
        ]
          .filter(Boolean)
          .join(' ') || 'The fieldwork dates and the team were not recorded.',
    },
  ];
}

/** How the figures were worked out: the cases counted, the base, intervals, small bases. */
function figuresBlocks<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { findings } = ctx.input;
  const counted = findings.cases.counted;
  const basis =
    findings.basis === 'complete-cases'
      ? `The figures count the ${plural(counted, 'case')} marked complete; ${plural(findings.cases.excluded, 'case')} ${wasOrWere(findings.cases.excluded)} not complete and ${isOrAre(findings.cases.excluded)} left out.`
      : `The figures count all ${plural(counted, 'case')} in the sample; ${findings.completeness.fullyAnswered} of them had every question that applied answered.`;
  const notKnown =
    'Answers of “not known” (the record did not say) are reported apart and, unless the framework says otherwise, are not in the base.';
  return [
    { type: 'subheading', level: 3, text: 'How the figures were worked out' },
    {
      type: 'paragraph',
      text: `${basis} Each percentage is of the cases where the question applied and was answered (the base): answers of “not applicable”, questions not asked because of an earlier answer, and unanswered questions are left out of the base. ${notKnown} Figures are written as 38% (23/60): the percentage, rounded half up to a whole number, with the number of cases and the base.`,
    },
    {
      type: 'paragraph',
      text: `Intervals are ${roundHalfUp(findings.confidence * 100, 1)}% Wilson score intervals. A figure whose base is under 10 cases is marked ${SMALL_BASE_MARK} (a small base): a figure on so few cases says little on its own. Each figure names the answer it counts; for a question about an adverse event (“Had the child gone missing?”) it counts the event.`,
    },
  ];
}

/** The scope and methodology chapter's blocks. */
export function methodology<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { inspection, framework, moderation } = ctx.input;
  const noun = KIND_PHRASES[inspection.kind].noun;
  const publishers = listInWords(framework.publishers);
  return [
    {
      type: 'paragraph',
      text: `This ${noun} read case files against the framework “${framework.title}” (version ${framework.version}), published by ${publishers} (${framework.year}).`,
    },
    ...sampleBlocks(ctx),
    ...drawnBlocks(ctx),
    ...teamBlocks(ctx),
    ...figuresBlocks(ctx),
    { type: 'subheading', level: 3, text: 'Moderation' },
    {
      type: 'paragraph',
      text:
        moderation?.text ??
        'No moderation (a second, independent reading of a share of the cases) is recorded for this inspection.',
    },
  ];
}
