import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Framework, fillFrameworkWorkbook } from '../../src/core';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import FrameworkImport from '../../src/ui/frameworks/FrameworkImport/FrameworkImport';
import { judgement, minimalFramework } from '../fixtures/frameworkBuilder';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
beforeEach(() =>
  useDatabase(new CaseAuditDatabase(`framework-import-workbook-${n++}`, TEST_DATA_KEY)),
);
afterEach(() => useDatabase(null));

const FRAMEWORK: Framework = minimalFramework({
  id: 'from-a-workbook',
  title: 'Made in Excel',
  sections: [
    {
      id: 's1',
      title: 'Section one',
      standards: [
        {
          id: 'st1',
          title: 'Standard one',
          questions: [
            judgement('q1', { key: true }),
            judgement('q2', { showWhen: { question: 'q1', equals: 'no' } }),
          ],
        },
      ],
    },
  ],
});

async function workbookFile(
  edit: (workbook: ExcelJS.Workbook) => void = () => {},
  name = 'framework.xlsx',
) {
  const workbook = new ExcelJS.Workbook();
  fillFrameworkWorkbook(workbook, FRAMEWORK);
  edit(workbook);
  const bytes = await workbook.xlsx.writeBuffer();
  return new File([new Uint8Array(bytes)], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

async function importedKeys(): Promise<string[]> {
  const records = await database().frameworks.toArray();
  return records.filter((r) => !r.builtIn).map((r) => r.key);
}

async function checkFile(file: File) {
  const user = userEvent.setup();
  render(<FrameworkImport />);
  await user.upload(screen.getByLabelText('Upload a framework file'), file);
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
  await waitFor(
    () => {
      if (
        !screen.queryByRole('alert') &&
        !screen.queryByRole('button', { name: 'Add to the library' })
      )
        throw new Error('still checking');
    },
    { timeout: 10_000 },
  );
  return user;
}

describe('importing a framework workbook (.xlsx)', () => {
  it('checks a workbook, summarises it and adds it to the library on confirming', async () => {
    const user = await checkFile(await workbookFile());
    expect(screen.getByRole('heading', { name: 'The file is a valid framework' })).toBeTruthy();
    expect(screen.getByText('framework.xlsx')).toBeTruthy();
    expect(screen.getByText('Made in Excel')).toBeTruthy();
    expect(await importedKeys()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Add to the library' }));
    await screen.findByText('Framework added to the library');
    expect(await importedKeys()).toEqual(['from-a-workbook@1.0.0']);
    const stored = await database().frameworks.get('from-a-workbook@1.0.0');
    expect(stored?.framework).toEqual(FRAMEWORK);
  });

  it('lists every problem by sheet, row and column, and stores nothing', async () => {
    const file = await workbookFile((workbook) => {
      const questions = workbook.getWorksheet('Questions')!;
      questions.getCell('G4').value = 'yesno2';
      questions.getCell('N5').value = "q9 = 'no'";
    }, 'edited.xlsx');
    await checkFile(file);
    const items = within(screen.getByRole('alert'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Questions, row 4, column G (scale): no scale "yesno2" on the Scales sheet',
      'Questions, row 5, column N (rule): no question or profile field "q9" in this framework',
    ]);
    expect(screen.getByText(/edited.xlsx is not a valid framework file: 2 problems/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add to the library' })).toBeNull();
    expect(await importedKeys()).toEqual([]);
  });
});
