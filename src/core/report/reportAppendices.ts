/** The profile of the sample's tables, and the appendices: the framework's questions and the glossary. */
import { hasSmallBase, isSmallBase, printedFigure, smallBaseKey } from '../findings/printedFigure';
import { describeApplicability, describeScopeApplicability } from '../framework/describeCondition';
import { indexFramework } from '../framework/frameworkItems';
import { roundHalfUp } from '../statistics/roundHalfUp';
import type { Context } from './reportContext';
import type { ReportBlock } from './reportDocument';
import { answerRows, excludedCell } from './reportFigures';
export function profileTables<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { tr } = ctx;
  const blocks: ReportBlock<C>[] = [];
  for (const f of ctx.input.findings.profile) {
    const title = ctx.questionText.get(f.itemId) ?? f.itemId;
    const excluded = excludedCell(f);
    if (f.type === 'proportion' || f.type === 'multichoice') {
      blocks.push({
        type: 'table',
        caption: title,
        head: [tr.t('report', 'Answer'), tr.t('report', 'Cases'), tr.t('report', '% of base')],
        numeric: [false, true, true],
        widths: [60, 20, 20],
        rows: answerRows(f),
        note: [
          tr.t('report', 'Base: {base, plural, one {# case} other {# cases}}.', { base: f.base }),
          isSmallBase(f.base) ? smallBaseKey(tr) : '',
          excluded ? tr.t('report', 'Not in the base: {excluded}.', { excluded }) : '',
          f.type === 'multichoice' ? f.note : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
    } else if (f.type === 'number') {
      const s = f.summary;
      const unit = f.unit ? ` (${f.unit})` : '';
      const rows: string[][] = s
        ? [
            [tr.t('report', 'Cases with a figure'), String(s.n)],
            [tr.t('report', 'Mean'), String(roundHalfUp(s.mean, 1))],
            [tr.t('report', 'Median'), String(s.median)],
            [tr.t('report', 'Lowest'), String(s.min)],
            [tr.t('report', 'Highest'), String(s.max)],
            ...f.thresholds.map((t) => [
              t.label,
              t.base === 0 ? '–' : printedFigure(t.percentRounded, t.count, t.base, tr),
            ]),
          ]
        : [[tr.t('report', 'Cases with a figure'), '0']];
      const notes = [
        excluded ? tr.t('report', 'Not counted: {excluded}.', { excluded }) : '',
        hasSmallBase(f) ? smallBaseKey(tr) : '',
      ].filter(Boolean);
      blocks.push({
        type: 'table',
        caption: `${title}${unit}`,
        head: [tr.t('report', 'Measure'), tr.t('report', 'Value')],
        numeric: [false, true],
        widths: [60, 40],
        rows,
        ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
      });
    } else {
      blocks.push({
        type: 'paragraph',
        text: tr.t(
          'report',
          '{title}: answered in {count, plural, one {# case} other {# cases}}.',
          {
            title,
            count: f.answered,
          },
        ),
      });
    }
  }
  return blocks;
}

export function questionsAppendix<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { framework } = ctx.input;
  const { tr } = ctx;
  const index = indexFramework(framework);
  const scaleText = (scaleId: string | undefined): string => {
    const scale = scaleId ? index.scaleById.get(scaleId) : undefined;
    if (!scale) return '';
    const extra = [
      scale.allowNotApplicable ? tr.t('report', 'N/A') : '',
      scale.allowNotKnown ? tr.t('report', 'not known') : '',
    ]
      .filter(Boolean)
      .join(', ');
    const options = scale.options.map((o) => o.label).join(' / ');
    return extra ? tr.t('report', '{options} (or {extra})', { options, extra }) : options;
  };
  const aNumber = (unit: string | undefined) =>
    unit ? tr.t('report', 'a number ({unit})', { unit }) : tr.t('report', 'a number');
  const blocks: ReportBlock<C>[] = [
    {
      type: 'paragraph',
      text: `${tr.t('report', 'The framework “{title}”, version {version}.', {
        title: framework.title,
        version: framework.version,
      })} ${framework.source.citation}`,
    },
  ];
  if (framework.status !== 'published') {
    blocks.push({
      type: 'paragraph',
      variant: 'note',
      text:
        framework.statusNote?.split(/\n\s*\n/)[0] ??
        tr.t(
          'report',
          'Some of the wording of this framework is reconstructed rather than the publisher’s own.',
        ),
    });
  }
  if (framework.profile.length > 0) {
    blocks.push({
      type: 'table',
      caption: tr.t('report', 'Profile of the case'),
      head: [tr.t('report', 'Field'), tr.t('report', 'Answers')],
      numeric: [false, false],
      widths: [60, 40],
      rows: framework.profile.map((p) => [
        p.text,
        p.kind === 'number' ? aNumber(p.unit) : scaleText(p.scale) || p.kind,
      ]),
    });
  }
  for (const section of framework.sections) {
    for (const standard of section.standards) {
      if (standard.questions.length === 0) continue;
      // A standard asked only for some cases says so under its title, as its questions do.
      const scope = [
        section.showWhen && describeScopeApplicability(section.showWhen, index, 'section', tr),
        standard.showWhen && describeScopeApplicability(standard.showWhen, index, 'standard', tr),
      ].filter(Boolean);
      blocks.push({
        type: 'table',
        caption: [`${section.title}: ${standard.title}`, ...scope].join(' '),
        head: [tr.t('report', 'Question'), tr.t('report', 'Answers')],
        numeric: [false, false],
        widths: [64, 36],
        rows: standard.questions.map((q) => [
          `${q.text}${q.key ? ` ${tr.t('report', '(key question)')}` : ''}${q.showWhen ? ` ${describeApplicability(q.showWhen, index, tr)}` : ''}`,
          q.kind === 'number' ? aNumber(q.unit) : scaleText(q.scale) || q.kind,
        ]),
      });
    }
  }
  return blocks;
}

export function glossary<C>(ctx: Context<C>): ReportBlock<C>[] {
  const { framework, findings } = ctx.input;
  const { tr } = ctx;
  const terms = [
    ...(framework.glossary ?? []).map((g) => ({ term: g.term, definition: g.definition })),
    {
      term: tr.t('report.glossary', 'Base'),
      definition: tr.t(
        'report.glossary',
        'The cases a percentage is out of: those where the question applied and was answered.',
      ),
    },
    {
      term: tr.t('report.glossary', 'N/A (not applicable)'),
      definition: tr.t(
        'report.glossary',
        'The question did not apply to the case. Such cases are not in the base.',
      ),
    },
    {
      term: tr.t('report.glossary', 'Not known'),
      definition: tr.t(
        'report.glossary',
        'The record did not say. Reported apart; in the base only where the framework says so.',
      ),
    },
    {
      term: tr.t('report.glossary', 'Interval'),
      definition: tr.t(
        'report.glossary',
        'The range in which the figure for all such cases is likely to lie ({level}% Wilson score interval), given the size of the sample.',
        { level: roundHalfUp(findings.confidence * 100, 1) },
      ),
    },
    {
      term: tr.t('report.glossary', 'Proportions in words'),
      definition:
        framework.quantifiers === 'bands'
          ? tr.t(
              'report.glossary',
              'Almost all: over 90%. Most: 75% to 90%. The majority: 50% to 74%. Less than half: 15% to 49%. A few: up to 15%.',
            )
          : tr.t(
              'report.glossary',
              'Proportions are given as the nearest simple fraction with a qualifier: “nearly two-thirds” is a little under 67%, “over one-third” a little over 33%.',
            ),
    },
  ];
  return [{ type: 'definitions', items: terms }];
}
