import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatabase } from '../../src/db/connection';
import { applyLanguage } from '../../src/ui/i18n/translate';
import { judgement, minimalFramework } from '../fixtures/frameworkBuilder';
import { draftOf, freshDatabase, openEditor, saved, storedFramework } from './frameworkEditorSetup';

beforeEach(freshDatabase);
afterEach(() => useDatabase(null));

function withGuidance(cy?: Record<string, string>) {
  return minimalFramework({
    sections: [
      {
        id: 's1',
        title: 'Assessment',
        standards: [
          {
            id: 'st1',
            title: 'Planning',
            questions: [judgement('q1', { text: 'Was the child seen?', guidance: 'Look.' })],
          },
        ],
      },
    ],
    ...(cy ? { translations: { cy } } : {}),
  });
}

const standardPath = (id: string) => `/frameworks/drafts/${id}/sections/0/standards/0`;

describe('the Welsh of a framework in the editor', () => {
  it('gives each text a Welsh twin, saved with the draft in translations.cy', async () => {
    const id = await draftOf(withGuidance());
    await openEditor(`/frameworks/drafts/${id}/details`);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Title: Welsh (Cymraeg)'), 'Fframwaith prawf');
    await saved();
    expect((await storedFramework(id)).translations).toEqual({
      cy: { title: 'Fframwaith prawf' },
    });
    await user.clear(screen.getByLabelText('Title: Welsh (Cymraeg)'));
    await saved();
    expect((await storedFramework(id)).translations).toBeUndefined();
  });

  it("edits a question's Welsh by its path, and keeps it when the question's id changes", async () => {
    const id = await draftOf(withGuidance({ 'questions.q1.text': 'A welwyd y plentyn?' }));
    await openEditor(standardPath(id));
    const twin = document.getElementById('fw-sections-0-standards-0-questions-0-text-cy');
    expect((twin as HTMLInputElement).lang).toBe('cy');
    expect((twin as HTMLInputElement).value).toBe('A welwyd y plentyn?');
    const user = userEvent.setup();
    const guidance = document.getElementById(
      'fw-sections-0-standards-0-questions-0-guidance-cy',
    ) as HTMLTextAreaElement;
    await user.type(guidance, 'Edrychwch.');
    await saved();
    expect((await storedFramework(id)).translations?.cy).toEqual({
      'questions.q1.text': 'A welwyd y plentyn?',
      'questions.q1.guidance': 'Edrychwch.',
    });
    const idField = document.getElementById(
      'fw-sections-0-standards-0-questions-0-id',
    ) as HTMLInputElement;
    await user.clear(idField);
    await user.type(idField, 'seen');
    await saved();
    await waitFor(async () =>
      expect((await storedFramework(id)).translations?.cy).toEqual({
        'questions.seen.text': 'A welwyd y plentyn?',
        'questions.seen.guidance': 'Edrychwch.',
      }),
    );
  });

  it('lists the texts with no Welsh once the draft has some, each a link to its Welsh field', async () => {
    const id = await draftOf(withGuidance({ title: 'Fframwaith prawf' }));
    await openEditor(`/frameworks/drafts/${id}/details`);
    const missing = screen.getByTestId('missing-welsh');
    // Licence, citation, publisher, section and standard titles, question text and guidance.
    expect(within(missing).getByText('9 texts have no Welsh')).toBeTruthy();
    const link = within(missing).getByRole('link', { name: 'Licence: no Welsh text' });
    expect(link.getAttribute('href')).toBe(`/frameworks/drafts/${id}/details#fw-licence-cy`);
  });

  it('lists nothing for a draft in English only', async () => {
    const id = await draftOf(withGuidance());
    await openEditor(`/frameworks/drafts/${id}/details`);
    expect(screen.queryByTestId('missing-welsh')).toBeNull();
  });
});

describe('the editor read in Welsh', () => {
  afterEach(async () => {
    await applyLanguage('en');
  });

  it('says its own words in Welsh, the framework’s texts staying as written', async () => {
    await applyLanguage('cy');
    const id = await draftOf(withGuidance());
    await openEditor(`/frameworks/drafts/${id}`);
    expect(screen.getByRole('heading', { level: 1, name: 'Golygu fframwaith' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Rhannau’r fframwaith' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Sections and standards' })).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Adrannau a safonau' }).length).toBeGreaterThan(0);
    expect(screen.getByText('1 adran, 1 safon, 1 cwestiwn')).toBeTruthy();
  });
  it('builds a rule in Welsh: its tests, its conditions and what is still missing', async () => {
    await applyLanguage('cy');
    const framework = withGuidance();
    const standard = framework.sections[0]!.standards[0]!;
    const twoQuestions = {
      ...framework,
      sections: [
        {
          ...framework.sections[0]!,
          standards: [
            { ...standard, questions: [...standard.questions, judgement('q2', { text: 'Q2?' })] },
          ],
        },
      ],
    };
    const id = await draftOf(twoQuestions);
    await openEditor(standardPath(id));
    const user = userEvent.setup();
    const rule = 'fw-sections-0-standards-0-questions-1-showWhen';
    expect(screen.getByTestId(`${rule}-words`).textContent).toBe('Gofynnir bob amser.');
    expect(document.getElementById(rule)!.textContent).toBe('Ychwanegu amod');
    await user.click(document.getElementById(rule)!);
    expect(screen.getByText('Amod 1')).toBeTruthy();
    const test = document.getElementById(`${rule}-test`) as HTMLSelectElement;
    expect([...test.options].map((o) => o.text)).toEqual([
      'yw',
      'nid yw’n',
      'yn un o',
      'wedi’i ateb',
      'heb ei ateb',
    ]);
    expect(screen.getByText('Heb ei gadw eto — Amod 1: dewiswch ateb.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tynnu amod 1' })).toBeTruthy();
    expect(screen.queryByText('Add a condition')).toBeNull();
  });
});
