import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { importFramework } from '../../src/db/frameworks/frameworkStore';
import FrameworkImport from '../../src/ui/frameworks/FrameworkImport/FrameworkImport';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { richFramework } from '../unit/core/framework/richFramework';

let n = 0;
beforeEach(() => useDatabase(new CaseAuditDatabase(`framework-import-${n++}`, TEST_DATA_KEY)));
afterEach(() => useDatabase(null));

function jsonFile(content: string, name = 'framework.json') {
  return new File([content], name, { type: 'application/json' });
}

async function importedKeys(): Promise<string[]> {
  const records = await database().frameworks.toArray();
  return records.filter((r) => !r.builtIn).map((r) => r.key);
}

/** Chooses a file and asks for it to be checked; resolves when the outcome is shown. */
async function checkFile(file: File | null) {
  const user = userEvent.setup();
  render(<FrameworkImport />);
  if (file) await user.upload(screen.getByLabelText('Upload a framework file'), file);
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
  await waitFor(() => {
    if (
      !screen.queryByRole('alert') &&
      !screen.queryByRole('button', { name: 'Add to the library' }) &&
      !screen.queryByRole('heading', { name: 'This framework is already in the library' })
    )
      throw new Error('still checking');
  });
  return user;
}

function summaryItems(): string[] {
  const summary = screen.getByRole('alert');
  return within(summary)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('importing a framework file', () => {
  it('asks for a file when none was chosen', async () => {
    await checkFile(null);
    expect(summaryItems()).toEqual(['Select a framework file']);
    expect(screen.getByRole('link', { name: 'Select a framework file' }).getAttribute('href')).toBe(
      '#framework-file',
    );
    await waitFor(() => expect(document.title).toBe('Error: Import a framework – Case Audit'));
  });

  it('lists every problem with its place in the file, focuses the list, and stores nothing', async () => {
    const file = JSON.parse(JSON.stringify(richFramework()));
    file.year = '2024';
    file.sections[0].standards[0].questions[0].kind = 'essay';
    file.colour = 'blue';
    await checkFile(jsonFile(JSON.stringify(file), 'broken.json'));
    expect(summaryItems()).toEqual([
      'year: expected a number, found text',
      'sections[0].standards[0].questions[0].kind: must be one of: "judgement", "rating", "choice", "multichoice", "number", "date", "text", found "essay"',
      'colour: is not a field this format knows (check the spelling)',
    ]);
    expect(
      screen.getByText(
        'broken.json is not a valid framework file, so nothing was added to the library. Each problem below names its place in the file:',
      ),
    ).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement?.classList.contains('govuk-error-summary')).toBe(true),
    );
    expect(screen.getByText(/broken.json is not a valid framework file: 3 problems/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add to the library' })).toBeNull();
    expect(await importedKeys()).toEqual([]);
  });

  it('finds the rules that need the whole file: later references and bands with a gap', async () => {
    const file = richFramework();
    file.rating!.bands[1]!.maxPercent = 60;
    file.profile[1]!.showWhen = { question: 'assess-desistance', answered: true };
    await checkFile(jsonFile(JSON.stringify(file)));
    expect(summaryItems()).toEqual([
      'profile[1].showWhen.question: refers to "assess-desistance", which comes later; a rule can only depend on items asked before it',
      'rating.bands[2].minPercent: the bands leave a gap between 60% and 65%',
    ]);
    expect(await importedKeys()).toEqual([]);
  });

  it('shows the first 100 problems of a very broken file and counts the rest', async () => {
    const file = richFramework({
      glossary: Array.from({ length: 150 }, () => ({ term: ' ', definition: 'Something.' })),
    });
    await checkFile(jsonFile(JSON.stringify(file)));
    const items = summaryItems();
    expect(items).toHaveLength(101);
    expect(items[0]).toBe('glossary[0].term: must not be empty');
    expect(items[100]).toBe('and 50 more not listed');
    expect(screen.getByText(/is not a valid framework file: 150 problems/)).toBeTruthy();
  });

  it.each([
    ['an empty file', '', '(the whole file): is empty; expected a framework file in JSON'],
    [
      'a file that is not JSON',
      'title: My framework\nversion: 1',
      "(the whole file): is not valid JSON at line 1, column 2: Unexpected token 'i'",
    ],
    [
      'binary junk',
      '\u0089PNG\r\n\u001a\n\u0000\u0000',
      "(the whole file): is not valid JSON at line 1, column 1: Unexpected token 'U+0089'",
    ],
    [
      'JSON that is not a framework',
      '[1, 2, 3]',
      '(the whole file): must be a JSON object describing a framework',
    ],
    [
      'deeply nested junk',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      '(the whole file): is nested 100000 levels deep; a framework file is never deeper than 40',
    ],
  ])('explains %s, and stores nothing', async (_what, content, message) => {
    await checkFile(jsonFile(content));
    expect(summaryItems()).toEqual([message]);
    expect(await importedKeys()).toEqual([]);
  });

  it('refuses a file over 4 MB without reading it', async () => {
    await checkFile(jsonFile(' '.repeat(5 * 1024 * 1024), 'huge.json'));
    expect(summaryItems()).toEqual([
      '(the whole file): is 5.0 MB; a framework file can be at most 4.0 MB',
    ]);
    expect(await importedKeys()).toEqual([]);
  });

  it('summarises a valid file, adds it on confirmation, and links to its page', async () => {
    const user = await checkFile(jsonFile(JSON.stringify(richFramework()), 'practice.json'));
    expect(await importedKeys()).toEqual([]);
    const summary = Object.fromEntries(
      screen.getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(summary).toEqual({
      File: 'practice.json',
      Title: 'Practice audit framework (test)',
      Version: '1.0.0',
      Publishers: 'Test Inspectorate, Second Test Body',
      Year: '2024',
      Status: 'Draft',
      Sections: '2',
      Standards: '4',
      Questions: '8',
      'Key questions': '4',
      'Profile fields': '3',
    });
    await user.click(screen.getByRole('button', { name: 'Add to the library' }));
    await screen.findByText('Framework added to the library');
    expect(
      screen
        .getByRole('link', { name: 'Read Practice audit framework (test)' })
        .getAttribute('href'),
    ).toBe('/frameworks/practice-audit-test%401.0.0');
    expect(await importedKeys()).toEqual(['practice-audit-test@1.0.0']);
    expect((await database().frameworks.get('practice-audit-test@1.0.0'))?.framework).toEqual(
      richFramework(),
    );
  });

  it('says at the check that the same framework version is already in the library', async () => {
    await importFramework(richFramework());
    await checkFile(jsonFile(JSON.stringify(richFramework()), 'again.json'));
    const heading = screen.getByRole('heading', {
      name: 'This framework is already in the library',
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByText('The file is a valid framework')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add to the library' })).toBeNull();
    expect(
      screen
        .getByRole('link', { name: 'Read Practice audit framework (test)' })
        .getAttribute('href'),
    ).toBe('/frameworks/practice-audit-test%401.0.0');
    expect(await importedKeys()).toEqual(['practice-audit-test@1.0.0']);
  });

  it('refuses at the check a changed file under an id and version already here, saying what differs', async () => {
    await importFramework(richFramework());
    await checkFile(
      jsonFile(
        JSON.stringify(richFramework({ title: 'Quietly changed title', year: 2025 })),
        'changed.json',
      ),
    );
    expect(summaryItems()).toEqual([
      'A framework with this id and version (practice-audit-test@1.0.0) is already in the library and differs from this file (different title and year). A published version never changes: give the new one a new version number.',
    ]);
    expect(screen.queryByText('The file is a valid framework')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add to the library' })).toBeNull();
    expect(screen.getByText(/Choose a framework file with a new version number/)).toBeTruthy();
    expect((await database().frameworks.get('practice-audit-test@1.0.0'))?.title).toBe(
      'Practice audit framework (test)',
    );
  });

  it('still refuses at "Add to the library" a different file stored since the check', async () => {
    const user = await checkFile(jsonFile(JSON.stringify(richFramework())));
    await importFramework(richFramework({ title: 'Added in another tab' }));
    await user.click(screen.getByRole('button', { name: 'Add to the library' }));
    await waitFor(() =>
      expect(summaryItems()).toEqual([
        'A framework with this id and version (practice-audit-test@1.0.0) is already in the library and differs from this file (different title). A published version never changes: give the new one a new version number.',
      ]),
    );
    expect((await database().frameworks.get('practice-audit-test@1.0.0'))?.title).toBe(
      'Added in another tab',
    );
  });

  it('shows script-like text from the file as text', async () => {
    const title =
      '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">';
    await checkFile(jsonFile(JSON.stringify(richFramework({ title }))));
    expect(screen.getByText(title)).toBeTruthy();
    expect(document.querySelector('main script, body img')).toBeNull();
    const broken = JSON.stringify({ ...richFramework(), [title]: 1 });
    render(<FrameworkImport />);
    const user = userEvent.setup();
    await user.upload(
      screen.getAllByLabelText('Upload a framework file').at(-1)!,
      jsonFile(broken),
    );
    await user.click(screen.getAllByRole('button', { name: 'Check the file' }).at(-1)!);
    await screen.findByText(`${title}: is not a field this format knows (check the spelling)`);
    expect(document.querySelector('img, body script')).toBeNull();
  });
});
