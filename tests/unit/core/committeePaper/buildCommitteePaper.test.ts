/**
 * The committee paper as a report document: the cover, paragraphs numbered 1, 2, 3 … through
 * the whole paper, the register's recommendations in the register's order with their local
 * position, RAG status and actions, the audit's figures beside the published ones with their
 * bases, and the recommendations to the committee numbered 1), 2).
 */
import { describe, expect, it } from 'vitest';
import type { ReportBlock, ReportTable } from '../../../../src/core';
import { buildCommitteePaper } from '../../../../src/core/committeePaper/buildCommitteePaper';
import { actionStatus } from '../../../../src/core/committeePaper/committeePaperParts';
import { PAPER_DRAFT, PAPER_REGISTER } from '../../../fixtures/committeePaperFixture';
import { lacBenchmarkAudit } from '../../../fixtures/lacBenchmarkAudit';
import { LAC_BENCHMARKS } from '../../../fixtures/lacBenchmarks';
import { lacFramework } from '../../../fixtures/lacFramework';
import { AuditScenario } from '../../../scenario/auditScenario';

const framework = lacFramework();
const inspection = { title: 'Self-audit 2013', example: false, organisations: ['Notts CC'] };

function paper(overrides: Partial<Parameters<typeof buildCommitteePaper>[0]> = {}) {
  return buildCommitteePaper({
    inspection,
    framework,
    findings: lacBenchmarkAudit().findings(),
    benchmarks: LAC_BENCHMARKS,
    recommendations: PAPER_REGISTER,
    draft: PAPER_DRAFT,
    today: '2013-04-01',
    ...overrides,
  });
}

const blocksOf = (doc: ReturnType<typeof paper>, id: string): readonly ReportBlock<never>[] =>
  doc.chapters.find((c) => c.id === id)?.blocks ?? [];

const texts = (blocks: readonly ReportBlock<never>[]) =>
  blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'subheading' ? [b.text] : []));

describe('buildCommitteePaper', () => {
  const doc = paper();

  it('puts the committee, the meeting, the agenda item and whose report it is on the cover', () => {
    expect(doc.titlePage).toMatchObject({
      title: 'Youth offending work and looked after children placed away from home',
      kind: 'Report to Children and Young People’s Committee',
      organisations: [
        'Agenda item: 8',
        'Report of the Service Director, Youth, Families and Culture',
      ],
      date: '15 April 2013',
      notice: null,
    });
    expect(doc.meta.author).toBe('Report of the Service Director, Youth, Families and Culture');
    expect(doc.chapters.map((c) => c.title)).toEqual([
      'Purpose of the report',
      'Background to the inspection',
      'Recommendations made by the inspectorate',
      'The audit’s key figures beside the national ones',
      'Other options considered',
      'Reason for recommendations',
      'Recommendation(s)',
      'Contact',
    ]);
  });

  it('numbers its paragraphs 1, 2, 3 … through the whole paper, as seed 001 does', () => {
    const numbers = doc.chapters
      .filter((c) => c.id !== 'committee-recommendations')
      .flatMap((c) => c.blocks)
      .flatMap((b) => (b.type === 'paragraph' && b.number ? [b.number] : []));
    // Purpose 1; background 2–3 and the summary 4; three recommendations of two paragraphs
    // each 5–10; the figures' two 11–12; other options 13; the reason 14.
    expect(numbers).toEqual(Array.from({ length: 14 }, (_, i) => `${i + 1}`));
    const background = blocksOf(doc, 'background');
    expect(background.map((b) => b.type === 'paragraph' && [b.number, b.text])).toEqual([
      ['2', 'The inspection was led by HM Inspectorate of Probation.'],
      ['3', 'Nottinghamshire was not visited.'],
      ['4', 'In summary, the inspectorate reported that “Their lives were fragmented.”'],
    ]);
    expect(
      blocksOf(doc, 'committee-recommendations').map((b) => b.type === 'paragraph' && b.number),
    ).toEqual(['1)', '2)']);
  });

  it('sets out each recommendation in the register’s order: to whom, what, the local position, RAG, actions', () => {
    const blocks = blocksOf(doc, 'recommendations');
    const headings = blocks.flatMap((b) => (b.type === 'subheading' ? [b.text] : []));
    expect(headings).toEqual([
      'Recommendation 1: Independent Reviewing Officers',
      'Recommendation 2: Youth Offending Team managers',
      'Recommendation 3: Local Safeguarding Children Boards',
    ]);
    const all = texts(blocks);
    expect(all).toContain(
      'The recommendation to Independent Reviewing Officers: “All agencies work together to improve safeguarding outcomes and share information.” (Looked After Children (HMI Probation, Ofsted, Estyn, December 2012), Recommendations).',
    );
    expect(all).toContain(
      'The local position: A revised monitoring form for IROs is being developed.',
    );
    expect(all).toContain('RAG status: Amber. Owner: Group Manager, Safeguarding.');
    expect(all).toContain('The local position has not yet been recorded.');
    expect(all).toContain('RAG status: not yet assessed. Owner: not named.');
    expect(all).toContain('Actions: none recorded.');
    // 14 of 20 sent information: the evidence names the audit's figure.
    const evidence = blocks.find((b) => b.type === 'bullets');
    expect(evidence?.type === 'bullets' && evidence.items[0]?.text).toBe(
      'Information sent promptly (this audit: Yes: 70% (14/20))',
    );
    const tables = blocks.filter((b): b is ReportTable => b.type === 'table');
    expect(tables.map((t) => t.rows)).toEqual([
      [['Revise the IRO monitoring form', 'IRO Service Manager', 'Overdue: due 31 March 2013']],
      [
        [
          'Add the impact of being looked after to the monthly audit',
          'Operations Manager',
          'Done on 20 February 2013',
        ],
        ['Report the audit’s results to the board', 'Not named', 'Open: due 30 June 2013'],
      ],
    ]);
  });

  it('sets the audit’s figures beside the published ones, each with its base, and states the method', () => {
    const blocks = blocksOf(doc, 'figures');
    const table = blocks.find((b): b is ReportTable => b.type === 'table');
    expect(table?.head).toEqual([
      'Question',
      'Counted',
      'This audit',
      'Published',
      'Difference in points',
    ]);
    // 11 of 20 "No" against 60 − 35 = 25 of 60: +13 points, within chance.
    expect(table?.rows[0]).toEqual([
      'Was the case allocated promptly by the host YOT?',
      'No',
      '55% (11/20)',
      '42% (25/60), the other side of the report’s “58%”, Table 1, alloc-prompt',
      '+13 points (95% interval −11 to +36): not more than chance would explain',
    ]);
    expect(table?.rows).toHaveLength(5);
    expect(table?.note).not.toContain('Small base');
    expect(texts(blocks)[1]).toMatch(
      /^Each difference is this audit’s figure minus the published figure/,
    );
    expect(texts(blocks)[0]).toContain('(20 cases)');
  });

  it('marks a small base and keys the mark under the table', () => {
    const small = AuditScenario.withFramework(framework)
      .answer(3, { 'alloc-prompt': 'yes' })
      .answer(2, { 'alloc-prompt': 'no' });
    const table = blocksOf(paper({ findings: small.findings() }), 'figures').find(
      (b): b is ReportTable => b.type === 'table',
    );
    // The audit states the side the finding does: here the 3 of 5 who were.
    expect(table?.rows[0]?.slice(1, 3)).toEqual(['Yes', '60% (3/5) †']);
    expect(table?.note).toContain('† Small base: fewer than 10 cases.');
    // Only one question was answered: the other four published figures have nothing beside them.
    expect(table?.rows).toHaveLength(1);
    expect(texts(blocksOf(paper({ findings: small.findings() }), 'figures'))[0]).toContain(
      '4 published figures are left out: no case of this audit applied to their questions.',
    );
  });

  it('says when no published figures are held, and when the register is empty', () => {
    const bare = paper({ benchmarks: null, recommendations: [] });
    expect(texts(blocksOf(bare, 'figures'))).toEqual([
      'No published figures are held for this framework version, so the audit’s figures (20 cases) are not set beside national ones here.',
    ]);
    expect(blocksOf(bare, 'recommendations')).toEqual([
      {
        type: 'placeholder',
        text: 'No recommendations are recorded in the register yet: add them in the register.',
      },
    ]);
    expect(bare.warnings).toContain('No recommendations are recorded in the register yet.');
  });

  it('lists what is missing for the lead, and falls back to the inspection’s title', () => {
    const empty = paper({
      draft: { ...PAPER_DRAFT, title: '', committee: '', meetingDate: null, purpose: '' },
    });
    expect(empty.titlePage.title).toBe('Self-audit 2013');
    expect(empty.titlePage.date).toBe('Meeting date not set');
    expect(empty.warnings).toEqual([
      'The paper does not yet name the committee.',
      'The paper has no meeting date yet.',
      'The paper has no title yet.',
      'The paper has no purpose yet.',
      'Recommendation 3 has no local position yet.',
    ]);
    expect(empty.chapters.some((c) => c.id === 'purpose')).toBe(false);
  });

  it('says the contact’s lines one to a paragraph', () => {
    expect(texts(blocksOf(doc, 'contact'))).toEqual([
      'For any enquiries about this report please contact:',
      'A. Officer',
      'Group Manager, Youth Justice',
      'T: 01234 567890',
    ]);
  });
});

describe('actionStatus', () => {
  const action = { id: 'a', text: 'x', owner: '', dueDate: '2013-04-01', doneOn: null };
  it('is overdue only after its due day, and never without a date', () => {
    expect(actionStatus(action, '2013-04-01')).toBe('Open: due 1 April 2013');
    expect(actionStatus(action, '2013-04-02')).toBe('Overdue: due 1 April 2013');
    expect(actionStatus({ ...action, dueDate: null }, '2099-01-01')).toBe('Open');
    expect(actionStatus({ ...action, doneOn: '2013-04-05' }, '2013-05-01')).toBe(
      'Done on 5 April 2013',
    );
  });
});
