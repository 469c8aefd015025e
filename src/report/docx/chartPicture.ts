/**
 * Charts as PNG pictures for the Word report, drawn on an OffscreenCanvas in the report worker.
 * Where there is no OffscreenCanvas (an old browser, or Node) there is no picture maker, and the
 * Word report gives each chart's figures as a table instead.
 */
import type { Chart } from '../charts/chartModel';
import { chartSize, drawChart } from './chartDrawing';

export type ChartPicture = {
  readonly png: Uint8Array;
  /** Size on the page, in CSS pixels (96 to the inch). */
  readonly width: number;
  readonly height: number;
};

/** Makes a chart's picture, or null when it cannot (the report then gives its figures as a table). */
export type ChartPictureMaker = (chart: Chart) => Promise<ChartPicture | null>;

/** Device pixels per CSS pixel: sharp when printed or zoomed. */
const SCALE = 3;

export function offscreenChartPictures(): ChartPictureMaker | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  return async (chart) => {
    const size = chartSize(chart);
    const canvas = new OffscreenCanvas(size.width * SCALE, size.height * SCALE);
    const pen = canvas.getContext('2d');
    if (!pen) return null;
    drawChart(pen, chart, SCALE);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return { png: new Uint8Array(await blob.arrayBuffer()), ...size };
  };
}
