import { describe, expect, it } from 'vitest';
import {
  buildReport,
  computeFindings,
  emptyReportDraft,
  findingsCasesOf,
  type ReportBlock,
  type ReportDocument,
  type ReportDraft,
} from '../../../../src/core';
import { lacExample, lacFramework } from '../../../fixtures/reportFixture';

const framework = lacFramework();
const example = lacExample(framework);
const names = { areas: example.inspection.areas, strata: example.inspection.strata };

function report(draft: ReportDraft = emptyReportDraft()): ReportDocument<string> {
  const findings = computeFindings(framework, findingsCasesOf(example.cases), {
    breakdownBy: 'area',
    names,
  });
  return buildReport<string>({
    inspection: example.inspection,
    framework,
    findings,
    byArea: findings,
    draft,
    date: '2026-11-22',
    chartFor: (title) => `chart of ${title}`,
  });
}

function text(doc: ReportDocument<string>, chapterId: string): string {
  const chapter = doc.chapters.find((c) => c.id === chapterId);
  if (!chapter) throw new Error(`no chapter ${chapterId}`);
  return chapter.blocks
    .map((b: ReportBlock<string>) => {
      switch (b.type) {
        case 'paragraph':
        case 'subheading':
          return b.text;
        case 'bullets':
          return b.items.map((i) => i.text).join('\n');
        case 'table':
          return [b.caption, ...b.rows.map((r) => r.join(' | '))].join('\n');
        default:
          return '';
      }
    })
    .join('\n');
}

describe('the report document', () => {
  it('has the title page and the parts of an inspectorate report, in order', () => {
    const doc = report();
    expect(doc.titlePage).toMatchObject({
      title: example.inspection.title,
      date: 'November 2026',
      framework: expect.stringContaining('version 1.0.1'),
    });
    expect(doc.chapters.map((c) => (c.number ? `${c.number} ${c.title}` : c.title))).toEqual([
      'Summary',
      '1 Scope and methodology',
      '2 Profile of the sample',
      ...framework.sections.map((s, i) => `${i + 3} ${s.title}`),
      `${framework.sections.length + 3} Findings by area`,
      'Appendix 1 The framework’s questions',
      'Appendix 2 Glossary',
    ]);
  });

  it('states the sample, where, when and by whom in the methodology', () => {
    const methodology = text(report(), 'scope-and-methodology');
    expect(methodology).toContain('The sample was 60 cases in 6 areas:');
    expect(methodology).toContain('Cases were of 2 kinds (strata)');
    expect(methodology).toContain('Fieldwork took place from 2 March 2026 to 6 March 2026.');
    expect(methodology).toContain(`The team was ${example.inspection.team.length} people`);
    expect(methodology).toContain('The figures count all 60 cases in the sample');
    expect(methodology).toContain('All areas | 60 | 60');
    expect(methodology).toContain('No moderation');
  });

  it('prints no sentence from the data until the lead chooses key findings: a placeholder and a check', () => {
    const doc = report();
    const sections = framework.sections.map((s, i) => ({
      section: s,
      chapter: doc.chapters.find((c) => c.id === `section-${s.id}`)!,
      number: i + 3,
    }));
    for (const { chapter } of sections) {
      expect(chapter.blocks.filter((b) => b.type === 'bullets')).toEqual([]);
      expect(chapter.blocks.filter((b) => b.type === 'placeholder')).toEqual([
        {
          type: 'placeholder',
          text: 'No key findings chosen for this chapter: choose them in the report’s text.',
        },
      ]);
      // No "Key findings" heading over nothing, and none of the data's sentences.
      expect(text(doc, chapter.id)).not.toContain('Key findings');
      expect(text(doc, chapter.id)).not.toMatch(/\(\d+%, \d+ of \d+/);
    }
    const summary = doc.chapters.find((c) => c.id === 'summary')!;
    expect(summary.blocks.map((b) => b.type)).toEqual(['paragraph', 'placeholder']);
    expect(text(doc, 'summary').trim()).toBe(
      'This report gives the findings of 60 cases read against the framework.',
    );
    expect(doc.warnings).toEqual([
      'Summary: no key findings chosen',
      ...sections.map(
        ({ section, number }) => `Chapter ${number} (${section.title}): no key findings chosen`,
      ),
    ]);
  });

  it('lists exactly the key findings the lead chose, and no check for them', () => {
    const first = framework.sections[0]!;
    const draft = emptyReportDraft();
    draft.keyFindings = [{ id: 's1', text: 'Joint working was weak.', source: null }];
    draft.chapters[first.id] = {
      keyFindings: [
        {
          id: 'k1',
          text: 'In over one-third of cases (38%, 23 of 60) the case was not allocated promptly.',
          source: { itemId: 'alloc-prompt', side: 'negative' },
        },
      ],
      conclusion: 'Work was uneven.',
    };
    const written = report(draft);
    const chapter = written.chapters.find((c) => c.id === `section-${first.id}`)!;
    expect(chapter.blocks.slice(0, 2)).toEqual([
      { type: 'subheading', level: 3, text: 'Key findings' },
      {
        type: 'bullets',
        items: [
          {
            text: 'In over one-third of cases (38%, 23 of 60) the case was not allocated promptly.',
            warnings: [],
          },
        ],
      },
    ]);
    expect(chapter.blocks.some((b) => b.type === 'placeholder')).toBe(false);
    expect(text(written, `section-${first.id}`)).toContain('Work was uneven.');
    expect(text(written, 'summary')).toBe('Key findings\nJoint working was weak.');
    expect(written.warnings.join('\n')).not.toMatch(/^(Summary|Chapter 3 .*): no key findings/m);
    expect(written.warnings).toHaveLength(framework.sections.length - 1);
  });

  it('never lists more key findings than the lead chose; a blank one is not a choice', () => {
    const draft = emptyReportDraft();
    framework.sections.forEach((section, i) => {
      draft.chapters[section.id] = {
        keyFindings: Array.from({ length: i }, (_, k) => ({
          id: `${section.id}-${k}`,
          text: `Finding ${k + 1} of ${section.title}.`,
          source: null,
        })),
        conclusion: '',
      };
    });
    draft.keyFindings = [{ id: 'blank', text: '  ', source: null }];
    const doc = report(draft);
    framework.sections.forEach((section, i) => {
      const chapter = doc.chapters.find((c) => c.id === `section-${section.id}`)!;
      const listed = chapter.blocks.flatMap((b) => (b.type === 'bullets' ? b.items : []));
      expect(listed).toHaveLength(i);
    });
    const summary = doc.chapters.find((c) => c.id === 'summary')!;
    expect(summary.blocks.some((b) => b.type === 'bullets')).toBe(false);
    expect(doc.warnings).toEqual([
      'Summary: no key findings chosen',
      `Chapter 3 (${framework.sections[0]!.title}): no key findings chosen`,
    ]);
  });

  it('prints every figure with its base, and charts each standard', () => {
    const doc = report();
    const chapter = doc.chapters.find((c) => c.id === `section-${framework.sections[0]!.id}`)!;
    const table = chapter.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows[0]![1]).toMatch(/^(Yes|No): \d+% \(\d+\/\d+\)$/);
    expect(chapter.blocks.some((b) => b.type === 'chart')).toBe(true);
  });

  it('groups recommendations by the body they are addressed to', () => {
    const draft = emptyReportDraft();
    const r = (id: string, addressee: string, text: string) => ({
      id,
      addressee,
      text,
      owner: '',
      status: null,
      dueDate: null,
      response: '',
    });
    draft.recommendations = [
      r('1', 'Local authorities', 'placements are authorised by a named senior person'),
      r('2', 'Youth Offending Team managers', 'information is sent promptly'),
      r('3', 'Local authorities', 'therapeutic interventions are of good quality'),
    ];
    const chapter = report(draft).chapters.find((c) => c.id === 'recommendations')!;
    const block = chapter.blocks[0]!;
    expect(
      block.type === 'recommendations' && block.groups.map((g) => [g.lead, g.items.length]),
    ).toEqual([
      ['Local authorities should ensure that:', 2],
      ['Youth Offending Team managers should ensure that:', 1],
    ]);
  });

  it('credits good practice to an area and warns of names, without printing the case reference', () => {
    const draft = emptyReportDraft();
    const area = example.inspection.areas[0]!;
    draft.examples = [
      {
        id: 'e1',
        kind: 'good-practice',
        title: 'education',
        caseRef: 'LAC-01-02',
        areaId: area.id,
        sectionId: null,
        text: 'Katie stayed at her school: staff drove her there every day.',
      },
    ];
    const doc = report(draft);
    const block = doc.chapters.find((c) => c.id === 'examples')!.blocks[0]!;
    expect(block).toMatchObject({
      type: 'example',
      label: 'Good practice example: education',
      credit: `Credited to ${area.name}`,
    });
    expect(JSON.stringify(doc.chapters)).not.toContain('LAC-01-02');
    expect(doc.warnings.join('\n')).toContain('“Katie” looks like a person’s name');
  });
});
