/**
 * The report in each house style, on the seed-000 example inspection: numbered paragraphs,
 * tables and figures numbered through the document and listed, the cover's wording and logo,
 * the examples' labels, the appendices printed, the acknowledgements and the team.
 */
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  computeFindings,
  emptyReportDraft,
  findingsCasesOf,
  type Inspection,
  type ReportBlock,
  type ReportChapter,
  type ReportDocument,
  type ReportDraft,
  reportDraftSchema,
} from '../../../../src/core';
import { listInWords } from '../../../../src/core/phrasing/listInWords';
import type { ReportStyle } from '../../../../src/core/report/reportDraft';
import { numberParagraphs } from '../../../../src/core/report/reportNumbering';
import { lacExample, lacFramework } from '../../../fixtures/reportFixture';

const framework = lacFramework();
const example = lacExample(framework);
const names = { areas: example.inspection.areas, strata: example.inspection.strata };
const findings = computeFindings(framework, findingsCasesOf(example.cases), {
  breakdownBy: 'area',
  names,
});

function report(
  draft: ReportDraft = emptyReportDraft(),
  inspection: Inspection = example.inspection,
): ReportDocument<string> {
  return buildReport<string>({
    inspection,
    framework,
    findings,
    byArea: findings,
    draft,
    date: '2026-11-22',
    chartFor: (title) => `chart of ${title}`,
  });
}

function styled(style: Partial<ReportStyle>, draft = emptyReportDraft()): ReportDraft {
  return {
    ...draft,
    style: { template: 'hmip-thematic', numberedParagraphs: true, logo: null, ...style },
  };
}

function chapter(doc: ReportDocument<string>, id: string): ReportChapter<string> {
  const found = doc.chapters.find((c) => c.id === id);
  if (!found) throw new Error(`no chapter ${id}`);
  return found;
}

type Paragraph = Extract<ReportBlock<string>, { type: 'paragraph' }>;
const paragraphsOf = (c: ReportChapter<string>): Paragraph[] =>
  c.blocks.filter((b): b is Paragraph => b.type === 'paragraph');

function tablesAndCharts(doc: ReportDocument<string>) {
  return doc.chapters.flatMap((c) =>
    c.blocks.flatMap((b) =>
      b.type === 'table' || b.type === 'chart'
        ? [{ type: b.type, number: b.number, caption: b.caption, chapterId: c.id }]
        : [],
    ),
  );
}

const area = example.inspection.areas[0]!;
const withExamples: ReportDraft = {
  ...emptyReportDraft(),
  examples: [
    {
      id: 'e1',
      kind: 'good-practice',
      title: 'education',
      caseRef: '',
      areaId: area.id,
      sectionId: null,
      text: 'The young person stayed at the same school: staff drove them there every day.',
    },
    {
      id: 'e2',
      kind: 'case',
      title: '',
      caseRef: '',
      areaId: area.id,
      sectionId: null,
      text: 'The home area sent no information for three weeks.',
    },
  ],
};

describe('numbered paragraphs (HMIP thematic)', () => {
  it('numbers the prose of chapter 1 "1.1", "1.2" … and nothing in front matter or appendices', () => {
    const doc = report({ ...emptyReportDraft(), foreword: 'First.\n\nSecond.' });
    const methodology = paragraphsOf(chapter(doc, 'scope-and-methodology'));
    expect(methodology.length).toBeGreaterThan(2);
    expect(methodology.slice(0, 3).map((p) => p.number)).toEqual(['1.1', '1.2', '1.3']);
    expect(methodology.map((p) => p.number)).toEqual(methodology.map((_, i) => `1.${i + 1}`));
    expect(paragraphsOf(chapter(doc, 'profile'))[0]?.number).toBe('2.1');
    for (const id of ['foreword', 'summary', 'appendix-questions']) {
      const found = paragraphsOf(chapter(doc, id));
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((p) => p.number === undefined)).toBe(true);
    }
  });

  it('leaves notes unnumbered and counts on past them; a lead paragraph is prose', () => {
    const [numbered] = numberParagraphs<string>([
      {
        id: 'section-a',
        number: '3',
        title: 'A',
        blocks: [
          { type: 'paragraph', text: 'First.' },
          { type: 'paragraph', text: 'Counts are of cases.', variant: 'note' },
          { type: 'subheading', level: 3, text: 'B' },
          { type: 'paragraph', text: 'Second.', variant: 'lead' },
        ],
      },
    ]);
    expect(numbered!.blocks).toEqual([
      { type: 'paragraph', text: 'First.', number: '3.1' },
      { type: 'paragraph', text: 'Counts are of cases.', variant: 'note' },
      { type: 'subheading', level: 3, text: 'B' },
      { type: 'paragraph', text: 'Second.', variant: 'lead', number: '3.2' },
    ]);
  });

  it('numbers none when the lead turns numbering off', () => {
    const doc = report(styled({ numberedParagraphs: false }));
    const numbered = doc.chapters.flatMap((c) => paragraphsOf(c).filter((p) => p.number));
    expect(numbered).toEqual([]);
  });
});

describe('numbered tables and figures', () => {
  it('numbers tables and charts through the whole document, and lists them with their chapter', () => {
    const doc = report();
    const found = tablesAndCharts(doc);
    const tables = found.filter((b) => b.type === 'table');
    const charts = found.filter((b) => b.type === 'chart');
    expect(tables.map((t) => t.number)).toEqual(tables.map((_, i) => `Table ${i + 1}`));
    expect(charts.map((c) => c.number)).toEqual(charts.map((_, i) => `Figure ${i + 1}`));
    // Across chapters: the methodology's tables come first, the sections' follow on.
    expect(tables[0]).toMatchObject({ number: 'Table 1', chapterId: 'scope-and-methodology' });
    expect(new Set(tables.map((t) => t.chapterId)).size).toBeGreaterThan(3);
    const section = `section-${framework.sections[0]!.id}`;
    const firstInSection = tables.findIndex((t) => t.chapterId === section);
    expect(tables[firstInSection - 1]?.chapterId).not.toBe(section);
    expect(doc.lists.tables).toEqual(
      tables.map(({ number, caption, chapterId }) => ({ number, caption, chapterId })),
    );
    expect(doc.lists.figures).toEqual(
      charts.map(({ number, caption, chapterId }) => ({ number, caption, chapterId })),
    );
    expect(doc.lists.figures[0]).toEqual({
      number: 'Figure 1',
      caption: `${framework.sections[0]!.standards[0]!.title}: cases giving the answer counted, % of the base`,
      chapterId: section,
    });
  });
});

describe('the CSSIW national template', () => {
  const doc = report(
    styled({ template: 'cssiw-national', numberedParagraphs: false }, withExamples),
  );

  it('says "National inspection by …" on the cover, and in the document’s properties', () => {
    expect(doc.titlePage.kind).toBe(
      `National inspection by ${listInWords(example.inspection.organisations)}`,
    );
    expect(doc.meta.subject).toMatch(/^National inspection: findings from 60 cases read against /);
  });

  it('labels every example "Practice example", still credited to its area', () => {
    expect(chapter(doc, 'examples').blocks).toMatchObject([
      {
        type: 'example',
        label: 'Practice example: education',
        credit: `Credited to ${area.name}`,
      },
      { type: 'example', label: 'Practice example', credit: `From ${area.name}` },
    ]);
  });

  it('numbers and lists tables and figures, and prints both appendices', () => {
    expect(doc.lists.tables.length).toBeGreaterThan(10);
    expect(doc.lists.figures.length).toBe(framework.sections.flatMap((s) => s.standards).length);
    expect(doc.chapters.slice(-2).map((c) => [c.number, c.id])).toEqual([
      ['Appendix 1', 'appendix-questions'],
      ['Appendix 2', 'appendix-glossary'],
    ]);
  });
});

describe('the council self-audit template', () => {
  const selfAudit: Inspection = { ...example.inspection, kind: 'self-audit' };
  const doc = report(emptyReportDraft(), selfAudit);

  it('is the default for a self-audit: no glossary, the questions as Appendix 1', () => {
    expect(doc.chapters.some((c) => c.id === 'appendix-glossary')).toBe(false);
    expect(doc.chapters.at(-1)).toMatchObject({ id: 'appendix-questions', number: 'Appendix 1' });
    expect(doc.titlePage.kind).toMatch(/^A self-audit by /);
  });

  it('numbers its tables but lists none, and numbers no paragraph', () => {
    const tables = tablesAndCharts(doc).filter((b) => b.type === 'table');
    expect(tables.map((t) => t.number)).toEqual(tables.map((_, i) => `Table ${i + 1}`));
    expect(doc.lists).toEqual({ tables: [], figures: [] });
    expect(doc.chapters.flatMap((c) => paragraphsOf(c).filter((p) => p.number))).toEqual([]);
  });

  it('is the lead’s to choose for a thematic inspection too', () => {
    const chosen = report(styled({ template: 'council-self-audit', numberedParagraphs: false }));
    expect(chosen.chapters.map((c) => c.id)).toEqual(doc.chapters.map((c) => c.id));
    expect(chosen.titlePage.kind).toMatch(/^A self-audit by /);
  });
});

describe('acknowledgements and the inspection team', () => {
  const draft: ReportDraft = {
    ...emptyReportDraft(),
    foreword: 'This inspection looked at children placed away from home.',
    acknowledgements:
      'We thank the six areas for their help.\n\nIn one area 50% (61/122) of files were late.',
    team: [
      { id: 't1', role: 'Lead Inspector', names: 'Jane Attwood' },
      { id: 't2', role: 'Ofsted Inspector', names: '  ' },
      { id: 't3', role: 'HMI Probation Inspectors', names: 'Yvonne McGuckian; Tony Rolley' },
    ],
  };
  const doc = report(draft);

  it('opens the report, before the foreword, with the team credited by role', () => {
    expect(doc.chapters.slice(0, 2).map((c) => [c.id, c.number, c.title])).toEqual([
      ['acknowledgements', null, 'Acknowledgements'],
      ['foreword', null, 'Foreword'],
    ]);
    expect(chapter(doc, 'acknowledgements').blocks).toEqual([
      { type: 'paragraph', text: 'We thank the six areas for their help.' },
      { type: 'paragraph', text: 'In one area 50% (61/122) of files were late.' },
      { type: 'subheading', level: 3, text: 'The inspection team' },
      {
        type: 'definitions',
        items: [
          { term: 'Lead Inspector', definition: 'Jane Attwood' },
          { term: 'HMI Probation Inspectors', definition: 'Yvonne McGuckian; Tony Rolley' },
        ],
      },
    ]);
  });

  it('checks the figures of the text, but not the team’s names as personal data', () => {
    expect(doc.warnings.filter((w) => w.startsWith('Acknowledgements:'))).toEqual([
      'Acknowledgements: This text says 50% (61/122), which is not a figure the data now gives: check it against the findings',
    ]);
    expect(doc.warnings.join('\n')).not.toMatch(/Attwood|McGuckian|Rolley/);
  });

  it('is left out with no text and no names', () => {
    const none = report({
      ...emptyReportDraft(),
      acknowledgements: ' ',
      team: [{ id: 't1', role: 'Lead Inspector', names: '' }],
    });
    expect(none.chapters[0]?.id).toBe('summary');
  });
});

describe('the cover', () => {
  it('carries the logo the lead supplied', () => {
    const logo = {
      mediaType: 'image/png' as const,
      data: 'iVBORw0KGgoAAAANSUhEUg==',
      width: 400,
      height: 120,
      alt: 'Example inspectorate',
    };
    const draft = styled({ logo });
    expect(reportDraftSchema.safeParse(draft).success).toBe(true);
    expect(report(draft).titlePage.logo).toEqual(logo);
  });

  it('keeps a draft made before templates as it was, numbered by the template its kind suggests', () => {
    const before = report(withExamples);
    expect(before.titlePage.kind).toBe(
      `A thematic inspection by ${listInWords(example.inspection.organisations)}`,
    );
    expect(before.titlePage.logo).toBeNull();
    expect(chapter(before, 'examples').blocks).toMatchObject([
      { label: 'Good practice example: education', credit: `Credited to ${area.name}` },
      { label: 'Case example', credit: `From ${area.name}` },
    ]);
    expect(before.chapters.slice(-2).map((c) => c.number)).toEqual(['Appendix 1', 'Appendix 2']);
    expect(before).toEqual(report(styled({}, withExamples)));
  });
});
