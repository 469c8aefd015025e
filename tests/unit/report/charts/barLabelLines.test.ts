/** A bar's label beside the bar in the SVG charts: at most two lines, cut with an ellipsis. */
import { describe, expect, it } from 'vitest';
import { barLabelLines } from '../../../../src/report/charts/chartModel';

describe('barLabelLines', () => {
  it('keeps a short label on one line', () => {
    expect(barLabelLines('Was the case allocated?', 28)).toEqual(['Was the case allocated?']);
  });

  it('breaks at words into two lines of at most 28 characters', () => {
    expect(barLabelLines('Was the case allocated promptly by the host YOT?', 28)).toEqual([
      'Was the case allocated',
      'promptly by the host YOT?',
    ]);
  });

  it('cuts a third line off, ending the second with an ellipsis', () => {
    expect(
      barLabelLines(
        'Was there sufficient contact between the home and host YOTs before the move?',
        28,
      ),
    ).toEqual(['Was there sufficient contact', 'between the home and host…']);
  });

  it('cuts one word longer than a line', () => {
    expect(barLabelLines('Supercalifragilistic', 10)).toEqual(['Supercali…']);
  });
});
