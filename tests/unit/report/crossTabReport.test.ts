/**
 * Cross-tabs the lead added to the report draft: a chapter with, for each, its row and column
 * percentages (each with its count and base), the test in words and the cases left out — in
 * the report document and in the PDF.
 */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import {
  computeCrossTab,
  emptyReportDraft,
  findingsCasesOf,
  type ReportTable,
} from '../../../src/core';
import { renderReportPdf } from '../../../src/report/pdf/renderReportPdf';
import { makeReportDocument } from '../../../src/report/reportModel';
import { lacExample, lacFramework } from '../../fixtures/reportFixture';

const framework = lacFramework();
const example = lacExample(framework);

function documentWith(crossTabs: { rows: string; cols: string }[] | undefined) {
  const draft = { ...emptyReportDraft(), ...(crossTabs ? { crossTabs } : {}) };
  return makeReportDocument(
    { inspection: example.inspection, framework, cases: example.cases, draft },
    { completeOnly: false, date: '2026-11-22' },
  );
}

async function pdfTextOf(bytes: ArrayBuffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n');
}

describe('cross-tabs in the report', () => {
  const pair = { rows: 'gender', cols: 'care-plan-on-file' };
  const table = computeCrossTab(framework, findingsCasesOf(example.cases), {
    ...pair,
    names: { areas: example.inspection.areas },
  });

  it('adds a chapter: row and column percentages with their bases, the test and what was left out', () => {
    const doc = documentWith([pair]);
    const chapter = doc.chapters.find((c) => c.id === 'cross-tabs');
    expect(chapter?.title).toBe('Cross-tabulations');
    const tables = chapter!.blocks.filter((b): b is ReportTable => b.type === 'table');
    expect(tables.map((t) => t.caption)).toEqual([
      'Gender by Was the care plan on the YOT case file?: row percentages',
      'Gender by Was the care plan on the YOT case file?: column percentages',
    ]);
    expect(tables[0]!.head).toEqual(['Gender', 'Yes', 'No', 'Total']);
    const male = table.rows.categories[0]!;
    expect(male.label).toBe('Male (boy or young man)');
    const yes = table.cells[0]![0]!;
    expect(tables[0]!.rows[0]).toEqual([
      male.label,
      expect.stringMatching(new RegExp(`^${yes.rowPercent}% \\(${yes.count}/${male.base}\\)`)),
      expect.any(String),
      String(male.base),
    ]);
    expect(tables[0]!.rows.at(-1)?.at(-1)).toBe(String(table.total));
    const text = chapter!.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    if (table.test.kind !== 'chi-square') throw new Error('expected a test');
    expect(text).toContain(table.test.sentences[0]);
    expect(text.some((t) => t.startsWith(`${table.total} cases of the 60 cases counted`))).toBe(
      true,
    );
  });

  it('prints the tables and the test line in the PDF, χ² as chi²', async () => {
    const { bytes } = renderReportPdf(documentWith([pair]), { jsPDF, autoTable });
    const text = await pdfTextOf(bytes);
    expect(text).toContain('Cross-tabulations');
    expect(text).toContain('row percentages');
    expect(text).toMatch(/chi² = \d+\.\d\d, \d+ degrees? of freedom, p [=<] /);
  });

  it('has no such chapter when the draft lists none, or only variables the framework lacks', () => {
    expect(documentWith(undefined).chapters.some((c) => c.id === 'cross-tabs')).toBe(false);
    expect(
      documentWith([{ rows: 'gone', cols: 'gender' }]).chapters.some((c) => c.id === 'cross-tabs'),
    ).toBe(false);
  });
});
