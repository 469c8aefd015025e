/**
 * Bad workbooks, each built with the spreadsheet library as an author might leave it: every
 * one is refused whole, with each problem named by sheet, row and column.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../../src/core';
import { judgement, minimalFramework, withQuestions } from '../../../../fixtures/frameworkBuilder';
import { problemsOf, readBytes, saved, setCell, sheet, workbookOf } from './workbookFiles';

// minimalFramework's Questions sheet: row 2 the section, row 3 the standard, row 4 question q1.
const Q1_ROW = 4;

async function questionsWorkbook(questions: Question[]) {
  return workbookOf(withQuestions(questions));
}

/** A real zip file with one stored entry, as a renamed .zip would be. */
function zipOf(name: string, text: string): Uint8Array {
  const data = new TextEncoder().encode(text);
  const nameBytes = new TextEncoder().encode(name);
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  crc = (crc ^ 0xffffffff) >>> 0;
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 20, true);
  local.setUint32(14, crc, true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, data.length, true);
  local.setUint16(26, nameBytes.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(4, 20, true);
  central.setUint16(6, 20, true);
  central.setUint32(16, crc, true);
  central.setUint32(20, data.length, true);
  central.setUint32(24, data.length, true);
  central.setUint16(28, nameBytes.length, true);
  const centralAt = 30 + nameBytes.length + data.length;
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + nameBytes.length, true);
  end.setUint32(16, centralAt, true);
  const parts = [local, nameBytes, data, central, nameBytes, end].map((p) =>
    p instanceof DataView ? new Uint8Array(p.buffer) : p,
  );
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

async function bytesProblems(bytes: Uint8Array): Promise<string[]> {
  const result = await readBytes(bytes);
  return result.status === 'ok' ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('a workbook that is not a framework workbook', () => {
  it('refuses a missing sheet, naming the sheets a framework workbook has', async () => {
    const workbook = await workbookOf(minimalFramework());
    workbook.removeWorksheet(sheet(workbook, 'Scales').id);
    expect(await problemsOf(workbook)).toEqual([
      'Scales: the sheet is missing: a framework workbook has the sheets Framework, Questions, Scales, Ratings, Lists',
    ]);
  });

  it('refuses a missing column', async () => {
    const workbook = await workbookOf(minimalFramework());
    sheet(workbook, 'Questions').spliceColumns(5, 1); // kind
    expect(await problemsOf(workbook)).toEqual(['Questions, row 1: the column "kind" is missing']);
  });

  it('refuses a column it does not know rather than dropping what is in it', async () => {
    const workbook = await workbookOf(minimalFramework());
    sheet(workbook, 'Questions').getCell(1, 30).value = 'guidence';
    expect(await problemsOf(workbook)).toEqual([
      expect.stringMatching(
        /^Questions, row 1, column AD \(guidence\): is not a column of this sheet \(its columns are: type, id, section, /,
      ),
    ]);
  });

  it('refuses a value in a column with no heading rather than dropping it', async () => {
    const workbook = await workbookOf(minimalFramework());
    sheet(workbook, 'Questions').getCell(Q1_ROW, 40).value = 'a note to self';
    expect(await problemsOf(workbook)).toEqual([
      'Questions, row 4, column AN: holds a value, but its column has no heading: add the heading or clear the cell',
    ]);
  });

  it('refuses an old .xls file, a renamed zip and any other file, saying what to do', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await bytesProblems(xls)).toEqual([
      '(the whole file): is an old Excel workbook (.xls): open it in Excel and save it as an Excel Workbook (.xlsx)',
    ]);
    expect(await bytesProblems(zipOf('notes.txt', 'hello'))).toEqual([
      '(the whole file): is a zip file, not an Excel workbook (.xlsx): save the framework from Excel as an Excel Workbook',
    ]);
    expect(await bytesProblems(new TextEncoder().encode('{"id": "a framework?"}'))).toEqual([
      '(the whole file): is not an Excel workbook (.xlsx)',
    ]);
    expect(await bytesProblems(new Uint8Array())).toEqual(['(the whole file): is empty']);
  });

  it('refuses a damaged workbook without throwing', async () => {
    const bytes = await saved(await workbookOf(minimalFramework()));
    const damaged = bytes.slice();
    damaged.fill(0, 40, Math.floor(bytes.length / 2));
    expect(await bytesProblems(damaged)).toEqual([
      '(the whole file): could not be opened as an Excel workbook (.xlsx): it may be damaged or protected',
    ]);
  });
});

describe('cells a framework cannot be read from', () => {
  it('refuses formulas, merged cells, hidden rows and hidden columns, each by its place', async () => {
    const workbook = await questionsWorkbook([judgement('q1', { key: true }), judgement('q2')]);
    const questions = sheet(workbook, 'Questions');
    questions.getCell(Q1_ROW, 6).value = { formula: 'B4&"?"', result: 'q1?' };
    questions.mergeCells('J5:K5');
    questions.getRow(5).hidden = true;
    questions.getColumn(10).hidden = true;
    expect(await problemsOf(workbook)).toEqual([
      'Questions, row 4, column F (text): holds a formula: a framework is read from what is typed in a cell, so replace the formula with its value',
      'Questions, cells J5:K5: are merged: unmerge them so that each value is in a cell of its own',
      'Questions, row 5: is hidden: unhide it (or delete it), so that nothing in the framework is out of sight',
      'Questions, column J (guidance): is hidden: unhide it, so that nothing in the framework is out of sight',
    ]);
  });
});

describe('a framework workbook with mistakes', () => {
  it('names an unknown scale by sheet, row and column, once', async () => {
    const workbook = await workbookOf(minimalFramework());
    setCell(sheet(workbook, 'Questions'), Q1_ROW, 'scale', 'yesno2');
    expect(await problemsOf(workbook)).toEqual([
      'Questions, row 4, column G (scale): no scale "yesno2" on the Scales sheet',
    ]);
  });

  it('refuses duplicate ids, naming both rows', async () => {
    const workbook = await questionsWorkbook([judgement('q1', { key: true }), judgement('q2')]);
    setCell(sheet(workbook, 'Questions'), 5, 'id', 'q1');
    expect(await problemsOf(workbook)).toEqual([
      'Questions, row 5, column B (id): question or profile field id "q1" is used twice (first in Questions, row 4)',
    ]);
  });

  it('refuses a rule naming an unknown question', async () => {
    const workbook = await workbookOf(minimalFramework());
    setCell(sheet(workbook, 'Questions'), Q1_ROW, 'rule', "q9 = 'yes'");
    expect(await problemsOf(workbook)).toEqual([
      'Questions, row 4, column N (rule): no question or profile field "q9" in this framework',
    ]);
  });

  it('refuses rules in a cycle, and a rule looking forward', async () => {
    const cycle = await questionsWorkbook([judgement('q1', { key: true }), judgement('q2')]);
    setCell(sheet(cycle, 'Questions'), 4, 'rule', "q2 = 'yes'");
    setCell(sheet(cycle, 'Questions'), 5, 'rule', "q1 = 'yes'");
    expect(await problemsOf(cycle)).toEqual([
      'Questions, row 4, column N (rule): rules form a cycle: "q1" → "q2" → "q1"',
    ]);
    const forward = await questionsWorkbook([judgement('q1', { key: true }), judgement('q2')]);
    setCell(sheet(forward, 'Questions'), 4, 'rule', "q2 = 'yes'");
    expect(await problemsOf(forward)).toEqual([
      'Questions, row 4, column N (rule): refers to "q2", which comes later; a rule can only depend on items asked before it',
    ]);
  });

  it('names every problem at once, each in its own cell', async () => {
    const workbook = await workbookOf(minimalFramework());
    const questions = sheet(workbook, 'Questions');
    setCell(questions, Q1_ROW, 'kind', 'opinion');
    setCell(questions, Q1_ROW, 'required', 'maybe');
    setCell(questions, Q1_ROW, 'rule', 'q1 = yes');
    setCell(sheet(workbook, 'Framework'), 3, 'value', 'one');
    setCell(sheet(workbook, 'Scales'), 2, 'meaning', 'good');
    expect(await problemsOf(workbook)).toEqual([
      'Questions, row 4, column I (required): must be yes or no, found "maybe"',
      "Questions, row 4, column N (rule): put the answer in quotes: 'yes' (at character 6)",
      'Framework, row 3, column B (value): must be a version like 1.0.0',
      'Scales, row 2, column I (meaning): must be one of: "positive", "negative", "neutral", found "good"',
      'Questions, row 4, column E (kind): must be one of: "judgement", "rating", "choice", "multichoice", "number", "date", "text", found "opinion"',
    ]);
  });

  it('says a standard of 5,000 questions is over the limit, without hanging', async () => {
    const workbook = await workbookOf(minimalFramework());
    const questions = sheet(workbook, 'Questions');
    for (let i = 2; i <= 5_000; i++) {
      questions.addRow(['question', `q${i}`, 's1', 'st1', 'judgement', `Question ${i}?`, 'yes-no']);
    }
    const started = performance.now();
    expect(await problemsOf(workbook)).toEqual([
      'Questions, row 3, its questions: has too many items (at most 500)',
    ]);
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);
});
