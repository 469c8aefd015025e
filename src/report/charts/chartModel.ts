/**
 * One chart model for the findings screen and the PDF and HTML reports: the screen and the HTML
 * report draw it as SVG, the PDF with jsPDF, all from the same bars, figures and layout, so they
 * can never disagree.
 * Readable in greyscale: every segment has a fill pattern as well as a shade, and every bar
 * carries its figure in words beside it ("38% (23/60)").
 */
import { ENGLISH, type Translator } from '../../core';

/** A proportion as a horizontal bar, with its figure and base written beside it. */
export type ProportionBar = {
  readonly label: string;
  /** Exact percentage, 0–100; null when the base is 0 (no bar, the figure says why). */
  readonly percent: number | null;
  /** What is written beside the bar: `38% (23/60)`, or `no applicable cases`. */
  readonly figure: string;
  /** Base under 10: drawn with a hatched fill and marked, never hidden (SPEC §4.3). */
  readonly smallBase: boolean;
};

/** What the renderers print around a chart, in the report's language (`chartWords`). */
export type ChartWords = {
  /** "Chart: {title}" */
  readonly heading: string;
  /** The text alternative: every bar's label and figure. */
  readonly description: string;
  /** "Figures in the chart: {title}" */
  readonly dataCaption: string;
  readonly question: string;
  readonly bar: string;
  readonly figure: string;
  readonly base: string;
};

export type ProportionChart = {
  readonly kind: 'proportions';
  readonly title: string;
  readonly bars: readonly ProportionBar[];
  readonly note?: string;
  /** The words around it in a report not in English; absent: English. */
  readonly words?: ChartWords;
};

/** One answer option's share of a bar in a stacked bar (answers on a scale). */
export type ScaleSegment = {
  readonly label: string;
  readonly count: number;
  /** Share of the bar's base, 0–100. */
  readonly percent: number;
  /** Index into FILLS: the same option always has the same fill. */
  readonly fill: number;
};

export type ScaleBar = {
  readonly label: string;
  readonly segments: readonly ScaleSegment[];
  /** e.g. `base 60` */
  readonly baseText: string;
};

export type ScaleChart = {
  readonly kind: 'scale';
  readonly title: string;
  readonly legend: readonly { readonly label: string; readonly fill: number }[];
  readonly bars: readonly ScaleBar[];
  readonly note?: string;
  /** The words around it in a report not in English; absent: English. */
  readonly words?: ChartWords;
};

export type Chart = ProportionChart | ScaleChart;

/**
 * Fills that stay distinct when printed in greyscale: a grey level and a pattern each.
 * Renderers map `pattern` to their own drawing (SVG pattern, jsPDF lines).
 */
export const FILLS: readonly {
  readonly grey: number;
  readonly pattern: 'solid' | 'hatch' | 'dots' | 'cross';
}[] = [
  { grey: 0.2, pattern: 'solid' },
  { grey: 0.55, pattern: 'solid' },
  { grey: 0.85, pattern: 'solid' },
  { grey: 0.4, pattern: 'hatch' },
  { grey: 0.7, pattern: 'dots' },
  { grey: 0.5, pattern: 'cross' },
];

/** The fill for small-base bars: hatched, so the eye reads them as less certain. */
export const SMALL_BASE_FILL = { grey: 0.55, pattern: 'hatch' } as const;

export type ChartLayoutOptions = {
  /** Total width in the renderer's units (px for SVG, mm for PDF). */
  readonly width: number;
  /** Height of one bar. */
  readonly barHeight: number;
  /** Space between bars. */
  readonly gap: number;
  /** Width given to the labels on the left. */
  readonly labelWidth: number;
  /** Width kept on the right for the figure text. */
  readonly figureWidth: number;
};

export type BarPlacement = {
  readonly index: number;
  /** Top of the bar. */
  readonly y: number;
  /** Where the bar's track starts and how long a 100% bar is. */
  readonly trackX: number;
  readonly trackWidth: number;
  /** Length of this bar (0 when there is no figure). */
  readonly barWidth: number;
  /** Where the figure text starts. */
  readonly figureX: number;
};

/** Positions of every bar: the one layout both renderers follow. */
export function layoutBars(
  chart: Chart,
  options: ChartLayoutOptions,
): { height: number; bars: BarPlacement[] } {
  const trackX = options.labelWidth;
  const trackWidth = Math.max(0, options.width - options.labelWidth - options.figureWidth);
  const bars = chart.bars.map((bar, index): BarPlacement => {
    const percent =
      chart.kind === 'proportions'
        ? ((bar as ProportionBar).percent ?? 0)
        : (bar as ScaleBar).segments.reduce((sum, s) => sum + s.percent, 0);
    const barWidth = (Math.min(100, Math.max(0, percent)) / 100) * trackWidth;
    return {
      index,
      y: index * (options.barHeight + options.gap),
      trackX,
      trackWidth,
      barWidth,
      figureX: trackX + trackWidth + options.gap,
    };
  });
  const height =
    chart.bars.length === 0
      ? 0
      : chart.bars.length * (options.barHeight + options.gap) - options.gap;
  return { height, bars };
}

/** `38% (23/60)`: whole per cent rounded half up, then the counts (SPEC §4.2). */
export function figureOf(
  percentRounded: number | null,
  numerator: number,
  base: number,
  tr: Translator = ENGLISH,
): string {
  if (base === 0 || percentRounded === null) return tr.t('report.figures', 'no applicable cases');
  return `${percentRounded}% (${numerator}/${base})`;
}

/**
 * A bar's label in at most two lines of `chars` characters, cut with an ellipsis: drawn beside
 * the bar by the SVG renderers (the full label is in the chart's text alternative and table).
 */
export function barLabelLines(label: string, chars: number): string[] {
  const words = label.split(/\s+/);
  const lines: string[] = [''];
  for (const word of words) {
    const line = lines[lines.length - 1]!;
    if (line === '' || line.length + 1 + word.length <= chars) {
      lines[lines.length - 1] = line === '' ? word : `${line} ${word}`;
    } else if (lines.length < 2) lines.push(word);
    else {
      const last = lines[1]!;
      lines[1] = `${last.length < chars ? last : last.slice(0, chars - 1).trimEnd()}…`;
      return lines;
    }
  }
  return lines.map((l) => (l.length > chars ? `${l.slice(0, chars - 1)}…` : l));
}
