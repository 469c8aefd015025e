/**
 * The preview in an inspectorate's look: each numbered paragraph starts with its number, tables
 * and figures carry "Table 1: …" and "Figure 1: …" with the ids the lists after the contents
 * link to, and the cover shows the lead's logo with its text alternative.
 */
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ReportDocumentView } from '../../src/ui/report/ReportPreview/ReportDocumentView';
import {
  LOGO_ALT,
  numberedReportDocument,
  TWO_PIXEL_PNG,
} from '../fixtures/numberedReportDocument';

describe('the report preview in an inspectorate’s look', () => {
  it('numbers paragraphs, captions tables and figures, and links the lists to them', () => {
    render(<ReportDocumentView document={numberedReportDocument()} />);

    const paragraph = screen.getByText(/^Paragraph 2\.2 of the support chapter/).closest('p')!;
    expect(paragraph.querySelector('.paragraph-number')?.textContent).toBe('2.2');
    expect(paragraph.textContent).toMatch(/^2\.2 Paragraph 2\.2 of the support chapter\./);
    // An unnumbered paragraph has no number.
    expect(
      screen.getByText('Counts exclude 2 cases.').querySelector('.paragraph-number'),
    ).toBeNull();

    const table = screen.getByRole('table', { name: 'Table 2: Support by area' });
    expect(table.id).toBe('table-2');
    const figure = document.getElementById('figure-1')!;
    expect(figure.tagName).toBe('FIGURE');
    // The caption comes under the chart, after the chart's own note.
    const captions = figure.querySelectorAll('figcaption');
    expect(captions[captions.length - 1]!.textContent).toBe('Figure 1: Figures: Planning');
    expect(captions[captions.length - 1]!.parentElement).toBe(figure);
    expect(figure.querySelector('svg[role="img"]')).not.toBeNull();

    const tables = screen.getByRole('navigation', { name: 'List of tables' });
    const tableLinks = within(tables).getAllByRole('link');
    expect(tableLinks.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Table 1: Cases by year', '#table-1'],
      ['Table 2: Support by area', '#table-2'],
    ]);
    const figures = screen.getByRole('navigation', { name: 'List of figures' });
    expect(
      within(figures)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Figure 1: Figures: Planning', '#figure-1'],
      ['Figure 2: Figures: Quality of the plan', '#figure-2'],
      ['Figure 3: Figures: Support', '#figure-3'],
    ]);
    // Every link leads somewhere on the page.
    for (const link of [...tableLinks, ...within(figures).getAllByRole('link')]) {
      expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    }
  });

  it('shows the logo at the top of the cover with its text alternative', () => {
    render(<ReportDocumentView document={numberedReportDocument()} />);
    const logo = screen.getByRole('img', { name: LOGO_ALT });
    expect(logo.getAttribute('src')).toBe(`data:image/png;base64,${TWO_PIXEL_PNG}`);
    const cover = logo.closest('header')!;
    expect(cover.firstElementChild).toBe(logo);
  });

  it('shows no lists, ids or numbers for a document that numbers nothing', () => {
    const plain = numberedReportDocument();
    const unnumbered = {
      ...plain,
      titlePage: { ...plain.titlePage, logo: null },
      lists: { tables: [], figures: [] },
      chapters: plain.chapters.map((c) => ({
        ...c,
        blocks: c.blocks.map((b) =>
          b.type === 'paragraph' || b.type === 'table' || b.type === 'chart'
            ? { ...b, number: undefined }
            : b,
        ),
      })),
    };
    render(<ReportDocumentView document={unnumbered} />);
    expect(screen.queryByRole('navigation', { name: 'List of tables' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'List of figures' })).toBeNull();
    expect(document.querySelector('.paragraph-number')).toBeNull();
    expect(screen.getByRole('table', { name: 'Support by area' }).id).toBe('');
    expect(screen.getAllByText('Figures: Planning')[0]!.tagName).toBe('FIGCAPTION');
    expect(document.querySelector('.ca-report__logo')).toBeNull();
  });
});
