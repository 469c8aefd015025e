/**
 * The committee paper in Welsh, from the real Welsh catalogue: the paper's fixed words (cover,
 * chapters, each recommendation's lines, the actions table, the figures and their method) are
 * Welsh, dates are written in Welsh, and the lead's own words and the figures are as in English.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator, type ReportBlock, type ReportTable } from '../../../../src/core';
import { buildCommitteePaper } from '../../../../src/core/committeePaper/buildCommitteePaper';
import { suggestedCommitteePaper } from '../../../../src/core/committeePaper/fillCommitteePaper';
import { loadCatalogue } from '../../../../src/i18n/catalogues';
import { PAPER_DRAFT, PAPER_REGISTER } from '../../../fixtures/committeePaperFixture';
import { lacBenchmarkAudit } from '../../../fixtures/lacBenchmarkAudit';
import { LAC_BENCHMARKS } from '../../../fixtures/lacBenchmarks';
import { lacFramework } from '../../../fixtures/lacFramework';

const cy = createTranslator('cy', await loadCatalogue('cy'));
const framework = lacFramework();
const inspection = { title: 'Self-audit 2013', example: false, organisations: ['Notts CC'] };
const input = {
  inspection,
  framework,
  findings: lacBenchmarkAudit().findings(),
  benchmarks: LAC_BENCHMARKS,
  recommendations: PAPER_REGISTER,
  draft: PAPER_DRAFT,
  today: '2013-04-01',
};
const welsh = buildCommitteePaper(input, cy);
const english = buildCommitteePaper(input);

const blocksOf = (id: string): readonly ReportBlock<never>[] =>
  welsh.chapters.find((c) => c.id === id)?.blocks ?? [];
const texts = (blocks: readonly ReportBlock<never>[]) =>
  blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'subheading' ? [b.text] : []));

describe('the committee paper in Welsh', () => {
  it('says its cover and chapters in Welsh, marked as Welsh', () => {
    expect(welsh.meta.language).toBe('cy');
    expect(welsh.titlePage).toMatchObject({
      // The committee's name and the title are the lead's words.
      kind: 'Adroddiad i Children and Young People’s Committee',
      organisations: [
        'Eitem ar yr agenda: 8',
        'Report of the Service Director, Youth, Families and Culture',
      ],
      date: '15 Ebrill 2013',
    });
    expect(welsh.chapters.map((c) => c.title)).toEqual([
      'Diben yr adroddiad',
      'Cefndir yr arolygiad',
      'Argymhellion a wnaed gan yr arolygiaeth',
      'Ffigurau allweddol yr archwiliad wrth ymyl y rhai cenedlaethol',
      'Opsiynau eraill a ystyriwyd',
      'Rheswm dros yr argymhellion',
      'Argymhelliad/Argymhellion',
      'Cyswllt',
    ]);
  });

  it('sets out each recommendation, its RAG status and its actions in Welsh', () => {
    const blocks = blocksOf('recommendations');
    const all = texts(blocks);
    expect(all[0]).toBe('Argymhelliad 1: Independent Reviewing Officers');
    expect(all).toContain('Statws RAG: Ambr. Perchennog: Group Manager, Safeguarding.');
    expect(all).toContain('Statws RAG: heb ei asesu eto. Perchennog: heb ei enwi.');
    expect(all).toContain('Nid yw’r safbwynt lleol wedi’i gofnodi eto.');
    const tables = blocks.filter((b): b is ReportTable => b.type === 'table');
    expect(tables[0]?.head).toEqual(['Cam gweithredu', 'Perchennog', 'Statws']);
    expect(tables.map((t) => t.rows.map((r) => r[2]))).toEqual([
      ['Yn hwyr: i’w gwblhau erbyn 31 Mawrth 2013'],
      ['Wedi’i wneud ar 20 Chwefror 2013', 'Ar agor: i’w gwblhau erbyn 30 Mehefin 2013'],
    ]);
  });

  it('gives the same figures, with the comparison and its method in Welsh', () => {
    const table = (doc: typeof welsh) =>
      doc.chapters
        .find((c) => c.id === 'figures')
        ?.blocks.find((b): b is ReportTable => b.type === 'table');
    const cyTable = table(welsh)!;
    const enTable = table(english)!;
    expect(cyTable.head).toEqual([
      'Cwestiwn',
      'Wedi’u cyfrif',
      'Yr archwiliad hwn',
      'Cyhoeddedig',
      'Gwahaniaeth mewn pwyntiau',
    ]);
    // The audit's figure column is the same figure in either language.
    expect(cyTable.rows.map((r) => r[2])).toEqual(enTable.rows.map((r) => r[2]));
    expect(cyTable.rows.some((r) => /pwynt \(cyfwng 95% /.test(r[4] ?? ''))).toBe(true);
    expect(texts(blocksOf('figures')).join(' ')).toContain('cyfwng sgôr hybrid Newcombe');
  });

  it('lists what is still missing in Welsh', () => {
    const bare = buildCommitteePaper(
      { ...input, draft: { ...PAPER_DRAFT, committee: '', meetingDate: null } },
      cy,
    );
    expect(bare.warnings).toContain('Nid yw’r papur yn enwi’r pwyllgor eto.');
    expect(bare.warnings).toContain('Nid oes dyddiad cyfarfod gan y papur eto.');
    expect(bare.titlePage.date).toBe('Dyddiad y cyfarfod heb ei osod');
  });

  it('fills first words in Welsh, naming the report and its publishers', () => {
    const filled = suggestedCommitteePaper({ inspection, framework }, cy);
    expect(filled.reportOf).toBe('Adroddiad gan Notts CC');
    expect(filled.purpose).toMatch(/^Amlinellu i’r Pwyllgor y safbwynt lleol/);
    expect(filled.committeeRecommendations).toMatch(/^Bod y Pwyllgor yn nodi’r safbwynt lleol/);
    expect(filled.otherOptions).not.toMatch(/[Tt]his report/);
  });
});
