/**
 * Findings → charts: the pure builders the findings screen (SVG) and the PDF report (jsPDF)
 * share, so both draw the same bars with the same figures. Every bar carries its count and
 * base (`38% (23/60)`); small bases are marked, never dropped (SPEC §4.2–4.3).
 */
import {
  type CountedFigure,
  ENGLISH,
  type FindingsResult,
  type ItemFinding,
  isSmallBase,
  type MultichoiceFinding,
  type OptionCount,
  type Proportion,
  type ProportionFinding,
  printedFigure,
  SMALL_BASE_MARK,
  smallBaseKey,
  type Translator,
} from '../../core';
import {
  type Chart,
  type ChartWords,
  FILLS,
  type ProportionBar,
  type ProportionChart,
  type ScaleBar,
  type ScaleChart,
} from './chartModel';

/** How a chart names an item (a question's short text, its number…); the id by default. */
export type ItemLabel = (itemId: string) => string;

const byId: ItemLabel = (itemId) => itemId;

/** Judgement, rating and choice findings with a positive option: the ones with a percentage. */
export function isScored(finding: ItemFinding): finding is ProportionFinding {
  return finding.type === 'proportion' && finding.counted !== null;
}

function bar(
  label: string,
  p: Proportion,
  numerator: number,
  base: number,
  tr: Translator,
): ProportionBar {
  return {
    label,
    percent: base === 0 ? null : p.percent,
    figure: printedFigure(p.percentRounded, numerator, base, tr),
    smallBase: isSmallBase(base),
  };
}

/**
 * A question's bar draws what its figure counts, and says so: "Yes: 20% (10/51)" under "Had the
 * child been a victim of crime?", never the good outcome's 80% unlabelled.
 */
function countedBar(label: string, counted: CountedFigure, tr: Translator): ProportionBar {
  const drawn = bar(label, counted, counted.count, counted.base, tr);
  return counted.base === 0 ? drawn : { ...drawn, figure: `${counted.answers}: ${drawn.figure}` };
}

function smallBaseNote(bars: readonly ProportionBar[], tr: Translator): string | undefined {
  return bars.some((b) => b.smallBase)
    ? tr.t('report.figures', '{key} Such bars are hatched.', { key: smallBaseKey(tr) })
    : undefined;
}

function chart(
  title: string,
  bars: ProportionBar[],
  tr: Translator,
  note?: string,
): ProportionChart {
  const notes = [note, smallBaseNote(bars, tr)].filter((n): n is string => n !== undefined);
  return { kind: 'proportions', title, bars, ...(notes.length ? { note: notes.join(' ') } : {}) };
}

/** One bar per scored finding: the answers it counts out of the base. */
export function proportionChart(
  title: string,
  findings: readonly ItemFinding[],
  label: ItemLabel = byId,
  tr: Translator = ENGLISH,
): ProportionChart {
  const drawn = chart(
    title,
    findings.filter(isScored).map((f) => countedBar(label(f.itemId), f.counted!, tr)),
    tr,
  );
  // English is every renderer's default, so an English chart carries no words of its own.
  return tr.language === 'en' ? drawn : { ...drawn, words: chartWords(drawn, tr) };
}

/** The scored questions of one standard, in framework order. */
export function standardChart(
  result: Pick<FindingsResult, 'questions'>,
  standard: { readonly id: string; readonly title: string },
  label: ItemLabel = byId,
  tr: Translator = ENGLISH,
): ProportionChart {
  return proportionChart(
    standard.title,
    result.questions.filter((f) => f.standardId === standard.id),
    label,
    tr,
  );
}

/**
 * One scored item across the groups of a breakdown: all cases first, then each group with its
 * own base (SPEC §4.4). Null when there is no breakdown or the item is not scored.
 */
export function breakdownChart(
  result: Pick<FindingsResult, 'questions' | 'profile' | 'breakdown'>,
  itemId: string,
  title: string,
  tr: Translator = ENGLISH,
): ProportionChart | null {
  const breakdown = result.breakdown;
  const all = [...result.questions, ...result.profile].find((f) => f.itemId === itemId);
  if (!breakdown || !all || !isScored(all)) return null;
  const bars = [countedBar(tr.t('report.figures', 'All cases'), all.counted!, tr)];
  for (const group of breakdown.groups) {
    const f = [...group.questions, ...group.profile].find((g) => g.itemId === itemId);
    if (f && isScored(f)) bars.push(countedBar(group.label, f.counted!, tr));
  }
  return chart(title, bars, tr, breakdown.note ?? undefined);
}

/**
 * Each option's share of the base, one bar per option: a profile field's description of the
 * sample (seed 000 §1.6), or a choice with no positive answer. Multichoice shares can add up
 * to more than 100%, and the chart says so.
 */
export function optionsChart(
  title: string,
  finding: ProportionFinding | MultichoiceFinding,
  tr: Translator = ENGLISH,
): ProportionChart {
  const bars = finding.options.map((o: OptionCount & Proportion) =>
    bar(o.label, o, o.count, finding.base, tr),
  );
  return chart(title, bars, tr, finding.type === 'multichoice' ? finding.note : undefined);
}

/**
 * Questions answered on a scale (e.g. outstanding … inadequate) as stacked bars, one segment
 * per option in scale order. Options are matched by label across questions, so one legend
 * serves them all.
 */
export function scaleChart(
  title: string,
  findings: readonly ProportionFinding[],
  label: ItemLabel = byId,
  tr: Translator = ENGLISH,
): ScaleChart {
  const legend: { label: string; fill: number }[] = [];
  const fillOf = new Map<string, number>();
  for (const f of findings) {
    for (const o of f.options) {
      if (fillOf.has(o.label)) continue;
      const fill = legend.length % FILLS.length;
      fillOf.set(o.label, fill);
      legend.push({ label: o.label, fill });
    }
  }
  const bars: ScaleBar[] = findings.map((f) => ({
    label: label(f.itemId),
    segments:
      f.base === 0
        ? []
        : f.options.map((o) => ({
            label: o.label,
            count: o.count,
            percent: o.percent ?? 0,
            fill: fillOf.get(o.label)!,
          })),
    baseText:
      f.base === 0
        ? tr.t('report.figures', 'no applicable cases')
        : tr.t('report.figures', 'base {base}{mark}', {
            base: String(f.base),
            mark: isSmallBase(f.base) ? ` ${SMALL_BASE_MARK}` : '',
          }),
  }));
  const small = findings.some((f) => isSmallBase(f.base));
  return {
    kind: 'scale',
    title,
    legend,
    bars,
    ...(small ? { note: smallBaseKey(tr) } : {}),
  };
}

/** The words a renderer prints around a chart: its own, or English. */
export function chartWords(c: Chart, tr: Translator = ENGLISH): ChartWords {
  if (c.words) return c.words;
  return {
    heading: tr.t('report.figures', 'Chart: {title}', { title: c.title }),
    description: description(c, tr),
    dataCaption: tr.t('report.figures', 'Figures in the chart: {title}', { title: c.title }),
    question: tr.t('report.figures', 'Question'),
    bar: tr.t('report.figures', 'Bar'),
    figure: tr.t('report.figures', 'Figure'),
    base: tr.t('report.figures', 'Base'),
  };
}

/** The text a screen reader hears for a chart: every bar's label and figure. */
export function chartText(c: Chart): string {
  return chartWords(c).description;
}

function description(c: Chart, tr: Translator): string {
  const parts =
    c.kind === 'proportions'
      ? c.bars.map(
          (b) =>
            `${b.label}: ${b.figure.replace(` ${SMALL_BASE_MARK}`, '')}${b.smallBase ? tr.t('report.figures', ', small base') : ''}`,
        )
      : c.bars.map(
          (b) =>
            `${b.label}: ${
              b.segments.length === 0
                ? b.baseText
                : `${b.segments.map((s) => `${s.label} ${s.count}`).join(', ')} (${b.baseText})`
            }`,
        );
  return `${c.title}. ${parts.join('; ')}.${c.note ? ` ${c.note}` : ''}`;
}
