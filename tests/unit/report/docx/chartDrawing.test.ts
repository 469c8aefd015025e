/**
 * The Word report's chart pictures, drawn on a pen that records what it is asked to draw: the
 * same bars and figures as the chart model, in its greys and patterns.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProportionChart, ScaleChart } from '../../../../src/report/charts/chartModel';
import {
  type ChartPen,
  chartSize,
  drawChart,
  labelLines,
} from '../../../../src/report/docx/chartDrawing';
import { offscreenChartPictures } from '../../../../src/report/docx/chartPicture';

type Call = {
  readonly name: string;
  readonly args: readonly (string | number)[];
  readonly fill: string;
};

/** A pen that records each call, with the fill in force; text is 6 px a character. */
function recordingPen(): ChartPen & { calls: Call[] } {
  const calls: Call[] = [];
  const record =
    (name: string) =>
    (...args: (string | number)[]) => {
      calls.push({ name, args, fill: String(pen.fillStyle) });
    };
  const pen: ChartPen & { calls: Call[] } = {
    calls,
    fillStyle: '#000000',
    strokeStyle: '#000000',
    lineWidth: 1,
    font: '',
    textAlign: 'left',
    textBaseline: 'top',
    measureText: (text: string) => ({ width: text.length * 6 }),
    fillRect: record('fillRect'),
    strokeRect: record('strokeRect'),
    beginPath: record('beginPath'),
    rect: record('rect'),
    clip: record('clip'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    stroke: record('stroke'),
    arc: record('arc'),
    fill: record('fill'),
    save: record('save'),
    restore: record('restore'),
    scale: record('scale'),
    fillText: record('fillText'),
  };
  return pen;
}

const proportions: ProportionChart = {
  kind: 'proportions',
  title: 'Assessment',
  bars: [
    { label: 'Was there an assessment?', percent: 50, figure: '50% (30/60)', smallBase: false },
    { label: 'Was it on time?', percent: 25, figure: '25% (2/8) †', smallBase: true },
    { label: 'Was it shared?', percent: null, figure: 'no applicable cases', smallBase: false },
  ],
  note: '† Small base.',
};

describe('a chart picture', () => {
  it('is 640 px wide; three bars of 20 px with 12 px between are 84 px, and 18 px of axis under them', () => {
    expect(chartSize(proportions)).toEqual({ width: 640, height: 84 + 18 });
  });

  it('draws each bar its share of the 270 px track (640 − 240 labels − 130 figures) and writes its figure', () => {
    const pen = recordingPen();
    drawChart(pen, proportions, 3);
    expect(pen.calls[0]).toMatchObject({ name: 'scale', args: [3, 3] });
    const bars = pen.calls.filter(
      (c) => c.name === 'fillRect' && c.args[0] === 240 && c.args[3] === 20,
    );
    // 50% of 270 is 135, solid dark grey; 25% is 67.5 and hatched (white, then diagonals).
    expect(bars.map((c) => [c.args[1], c.args[2], c.fill])).toEqual([
      [0, 135, 'rgb(51, 51, 51)'],
      [32, 67.5, '#ffffff'],
    ]);
    expect(pen.calls.some((c) => c.name === 'clip')).toBe(true);
    const texts = pen.calls.filter((c) => c.name === 'fillText').map((c) => c.args[0]);
    expect(texts).toEqual(
      expect.arrayContaining([
        '50% (30/60)',
        '25% (2/8) †',
        'no applicable cases',
        '0%',
        '50%',
        '100%',
      ]),
    );
    // Figures start after the track and a gap: 240 + 270 + 12.
    const figure = pen.calls.find((c) => c.name === 'fillText' && c.args[0] === '50% (30/60)');
    expect(figure?.args.slice(1)).toEqual([522, 10]);
  });

  it('stacks answers on a scale by their shares, with a legend above', () => {
    const scale: ScaleChart = {
      kind: 'scale',
      title: 'Quality',
      legend: [
        { label: 'Good', fill: 0 },
        { label: 'Poor', fill: 3 },
      ],
      bars: [
        {
          label: 'Planning',
          baseText: 'base 40',
          segments: [
            { label: 'Good', count: 30, percent: 75, fill: 0 },
            { label: 'Poor', count: 10, percent: 25, fill: 3 },
          ],
        },
      ],
    };
    expect(chartSize(scale)).toEqual({ width: 640, height: 26 + 20 + 18 });
    const pen = recordingPen();
    drawChart(pen, scale);
    const segments = pen.calls.filter((c) => c.name === 'fillRect' && c.args[1] === 26);
    // 75% of 270 is 202.5 from 240; 25% is 67.5 from 442.5.
    expect(segments.map((c) => [c.args[0], c.args[2]])).toEqual([
      [240, 202.5],
      [442.5, 67.5],
    ]);
    const texts = pen.calls.filter((c) => c.name === 'fillText').map((c) => c.args[0]);
    expect(texts).toEqual(expect.arrayContaining(['Good', 'Poor', 'Planning', 'base 40']));
  });

  it('writes a long label in at most two lines, the second cut with …', () => {
    const pen = recordingPen();
    // 6 px a character: "aaaa bb" is 42 px, over 40, so "bb" starts the second line.
    expect(labelLines(pen, 'aaaa bb cc dd ee', 40)).toEqual(['aaaa', 'bb cc…']);
    expect(labelLines(pen, 'aaaa bb', 40)).toEqual(['aaaa', 'bb']);
  });
});

describe('a chart picture from an OffscreenCanvas', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is none where the browser has no OffscreenCanvas (the report then gives a table)', () => {
    vi.stubGlobal('OffscreenCanvas', undefined);
    expect(offscreenChartPictures()).toBeNull();
  });

  it('is drawn three times as fine as it is shown: a 640 × 102 px chart on a 1920 × 306 canvas', async () => {
    const made: { width: number; height: number; pen: ReturnType<typeof recordingPen> }[] = [];
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        readonly pen = recordingPen();
        constructor(width: number, height: number) {
          made.push({ width, height, pen: this.pen });
        }
        getContext() {
          return this.pen;
        }
        async convertToBlob(options: { type: string }) {
          return new Blob([Uint8Array.of(137, 80, 78, 71)], options);
        }
      },
    );
    const picture = await offscreenChartPictures()!(proportions);
    expect(picture).toEqual({ png: Uint8Array.of(137, 80, 78, 71), width: 640, height: 102 });
    expect(made.map((m) => [m.width, m.height])).toEqual([[1920, 306]]);
    expect(made[0]!.pen.calls[0]).toMatchObject({ name: 'scale', args: [3, 3] });
  });
});
