/**
 * The committee paper made by the report worker's handlers from what is stored: a self-audit of
 * 20 cases on the 2012 framework (whose published figures ship), a register written to its
 * table, and the paper's words saved. The Word file is read back from its document.xml and the
 * PDF from its text layer: the recommendations in the register's order, the numbered paragraphs,
 * the figures with their bases, and no contents page.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { importBenchmarkSet } from '../../src/db/frameworks/benchmarkStore';
import { saveCommitteePaper } from '../../src/db/register/committeePaperStore';
import { committeePaperHandlers } from '../../src/workers/committeePaperService';
import { pdfPages, wordDocument } from '../cli/reportFiles';
import { lacAuditFixture } from '../component/benchmarksSetup';
import { PAPER_DRAFT, PAPER_REGISTER } from '../fixtures/committeePaperFixture';
import { storeInspectionFixture } from '../fixtures/inspectionFixture';
import { LAC_BENCHMARKS } from '../fixtures/lacBenchmarks';
import { lacFramework } from '../fixtures/lacFramework';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

const ID = 'paper-self';
const ARGS = { inspectionId: ID, today: '2013-04-01' };
let n = 0;

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`committee-paper-${n++}`, TEST_DATA_KEY));
  await storeInspectionFixture(database(), lacAuditFixture(ID, 'self-audit'));
});
afterEach(() => useDatabase(null));

async function stored() {
  await database().registers.put({
    inspectionId: ID,
    updatedAt: '2013-03-20T10:00:00.000Z',
    recommendations: [...PAPER_REGISTER],
  });
  expect((await saveCommitteePaper(ID, PAPER_DRAFT)).status).toBe('saved');
}

/** Where each part is found in the text, in order; -1 for a part not found. */
const positions = (text: string, parts: readonly string[]) => parts.map((p) => text.indexOf(p));

const IN_ORDER = [
  'Youth offending work and looked after children placed away from home',
  'Report to Children and Young People’s Committee',
  'Agenda item: 8',
  '15 April 2013',
  'Purpose of the report',
  'To outline to the Committee the local position.',
  'In summary, the inspectorate reported that “Their lives were fragmented.”',
  'Recommendation 1: Independent Reviewing Officers',
  'Recommendation 2: Youth Offending Team managers',
  'Recommendation 3: Local Safeguarding Children Boards',
  'The audit’s key figures beside the national ones',
  'Other options considered',
  'Reason for recommendations',
  'Recommendation(s)',
  'That the Committee notes the local position.',
  'That the Committee receives a further report in a year.',
  'For any enquiries about this report please contact:',
];

describe('the committee paper from the report worker', () => {
  it('gives the document for a preview, with the published figures that ship', async () => {
    await stored();
    const reply = await committeePaperHandlers.committeePaper(ARGS);
    if (reply.status !== 'ok') throw new Error(reply.message);
    const figures = reply.value[0]!.chapters.find((c) => c.id === 'figures')!;
    const table = figures.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no figures table');
    // 11 of 20 not allocated promptly against the report's 23 of 60 (paragraph 3.4).
    expect(table.rows).toContainEqual([
      'Was the case allocated promptly by the host YOT?',
      'No',
      '55% (11/20)',
      '38% (23/60), paragraph 3.4',
      '+17 points (95% interval −8 to +39): not more than chance would explain',
    ]);
    // Only questions this audit answered: the shipped figures for the others are left out.
    expect(table.rows.every((row) => !row[4]?.includes('no applicable cases'))).toBe(true);
    expect(reply.value.map((e) => e.meta.language)).toEqual(['en-GB']);
    expect(reply.value[0]!.warnings).toEqual(['Recommendation 3 has no local position yet.']);
  });

  it('writes a Word file whose document.xml has the recommendations in the register’s order', async () => {
    await stored();
    const reply = await committeePaperHandlers.committeePaperDocx(ARGS);
    if (reply.status !== 'ok') throw new Error(reply.message);
    expect(reply.value.title).toBe(PAPER_DRAFT.title);
    const word = await wordDocument(new Uint8Array(reply.value.bytes));
    const text = word.paragraphs.join('\n');
    const at = positions(text, IN_ORDER);
    expect(at.filter((i) => i < 0)).toEqual([]);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // Numbered paragraphs hang their number: "1", a tab, the text.
    expect(word.paragraphs).toContain('1To outline to the Committee the local position.');
    expect(word.paragraphs).toContain('1)That the Committee notes the local position.');
    expect(word.paragraphs).toContain('Overdue: due 31 March 2013');
    expect(text).toContain('55% (11/20)');
    expect(word.xml).not.toContain('TOC \\');
  });

  it('draws a PDF with the same parts in the same order and no contents page', async () => {
    await stored();
    const reply = await committeePaperHandlers.committeePaperPdf(ARGS);
    if (reply.status !== 'ok') throw new Error(reply.message);
    const pages = await pdfPages(new Uint8Array(reply.value.bytes));
    expect(reply.value.pages).toBe(pages.length);
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).not.toContain('Contents');
    const at = positions(text, IN_ORDER);
    expect(at.filter((i) => i < 0)).toEqual([]);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).toContain('55% (11/20)');
  });

  it('uses the published figures imported for the version rather than the shipped ones', async () => {
    await stored();
    const imported = await importBenchmarkSet(
      lacFramework(),
      JSON.stringify(LAC_BENCHMARKS),
      'figures.json',
    );
    expect(imported.status).toBe('imported');
    const reply = await committeePaperHandlers.committeePaper(ARGS);
    if (reply.status !== 'ok') throw new Error(reply.message);
    const figures = reply.value[0]!.chapters.find((c) => c.id === 'figures')!;
    const table = figures.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no figures table');
    expect(table.rows[0]?.[3]).toBe(
      '42% (25/60), the other side of the report’s “58%”, Table 1, alloc-prompt',
    );
  });

  it('says why it cannot be made when the inspection is not on this device', async () => {
    const reply = await committeePaperHandlers.committeePaperPdf({ ...ARGS, inspectionId: 'gone' });
    expect(reply).toEqual({
      status: 'missing',
      message: 'This inspection is no longer on this device.',
    });
  });
});
