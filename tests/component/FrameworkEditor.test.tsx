import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatabase } from '../../src/db/connection';
import { saveDraft } from '../../src/db/frameworks/frameworkDrafts';
import { judgement, minimalFramework } from '../fixtures/frameworkBuilder';
import { draftOf, freshDatabase, openEditor, saved, storedFramework } from './frameworkEditorSetup';

beforeEach(freshDatabase);
afterEach(() => useDatabase(null));

function threeQuestions() {
  return minimalFramework({
    profile: [{ id: 'age', text: 'How old is the child?', kind: 'number' }],
    sections: [
      {
        id: 's1',
        title: 'Assessment',
        standards: [
          {
            id: 'st1',
            title: 'Planning',
            questions: [
              judgement('q1', { text: 'Was the child seen?', key: true }),
              judgement('q2', { text: 'Was the plan shared?' }),
              judgement('q3', { text: 'Was the plan reviewed?' }),
            ],
          },
        ],
      },
    ],
  });
}

const standardPath = (id: string) => `/frameworks/drafts/${id}/sections/0/standards/0`;

describe('the framework editor', () => {
  it('saves what is typed in the details, saying "Saved" only once it is stored', async () => {
    const id = await draftOf(threeQuestions());
    await openEditor(`/frameworks/drafts/${id}/details`);
    const user = userEvent.setup();
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Youth justice audit');
    await saved();
    expect((await storedFramework(id)).title).toBe('Youth justice audit');
    expect(document.title).toBe('Details – Youth justice audit – Case Audit');
  });

  it('leads back to the library from the overview, and back to the overview from a part', async () => {
    const id = await draftOf(threeQuestions());
    const overview = await openEditor(`/frameworks/drafts/${id}`);
    expect(screen.getByRole('link', { name: 'Back to frameworks' }).getAttribute('href')).toBe(
      '/frameworks',
    );
    overview.unmount();
    await openEditor(`/frameworks/drafts/${id}/details`);
    expect(screen.getByRole('link', { name: 'Back to the draft' }).getAttribute('href')).toBe(
      `/frameworks/drafts/${id}`,
    );
  });

  it('edits a question’s kind and number fields, dropping what the new kind may not have', async () => {
    const id = await draftOf(threeQuestions());
    await openEditor(standardPath(id));
    const user = userEvent.setup();
    await user.selectOptions(
      document.getElementById('fw-sections-0-standards-0-questions-1-kind')!,
      'number',
    );
    await user.type(document.getElementById('fw-sections-0-standards-0-questions-1-unit')!, 'days');
    await user.type(document.getElementById('fw-sections-0-standards-0-questions-1-max')!, '30');
    await saved();
    const q2 = (await storedFramework(id)).sections[0]!.standards[0]!.questions[1]!;
    expect(q2).toEqual({
      id: 'q2',
      text: 'Was the plan shared?',
      kind: 'number',
      unit: 'days',
      max: 30,
    });
  });

  it('builds a rule by choosing, stores it as a rule, and reads it back in words', async () => {
    const id = await draftOf(threeQuestions());
    await openEditor(standardPath(id));
    const user = userEvent.setup();
    const rule = 'fw-sections-0-standards-0-questions-2-showWhen';
    expect(screen.getByTestId(`${rule}-words`).textContent).toBe('Always asked.');
    await user.click(document.getElementById(rule)!);
    // Only earlier items are offered.
    const looksAt = document.getElementById(rule) as HTMLSelectElement;
    expect([...looksAt.options].map((o) => o.text)).toEqual([
      'How old is the child?',
      'Was the child seen?',
      'Was the plan shared?',
    ]);
    await user.selectOptions(looksAt, 'question:q2');
    await user.selectOptions(document.getElementById(`${rule}-test`)!, 'is');
    await user.selectOptions(document.getElementById(`${rule}-value`)!, 'no');
    await saved();
    expect((await storedFramework(id)).sections[0]!.standards[0]!.questions[2]!.showWhen).toEqual({
      question: 'q2',
      equals: 'no',
    });
    expect(screen.getByTestId(`${rule}-words`).textContent).toBe(
      'Asked only if “Was the plan shared?” is No.',
    );
    await user.click(document.getElementById(`${rule}-add`)!);
    await user.selectOptions(document.getElementById(`${rule}-1`)!, 'profile:age');
    await user.type(document.getElementById(`${rule}-1-value`)!, '15');
    await user.selectOptions(screen.getByLabelText('Combine the conditions'), 'any');
    await saved();
    expect((await storedFramework(id)).sections[0]!.standards[0]!.questions[2]!.showWhen).toEqual({
      any: [
        { question: 'q2', equals: 'no' },
        { profile: 'age', gt: 15 },
      ],
    });
    expect(screen.getByTestId(`${rule}-words`).textContent).toBe(
      'Asked only if “Was the plan shared?” is No or “How old is the child?” is more than 15.',
    );
  });

  it('lists the checks’ problems, each link going to its field on its part', async () => {
    const id = await draftOf({ ...threeQuestions(), title: '' });
    await openEditor(`/frameworks/drafts/${id}`);
    const summary = await screen.findByTestId('draft-problems');
    const link = within(summary).getByRole('link', { name: 'Title: must not be empty' });
    expect(link.getAttribute('href')).toBe(`/frameworks/drafts/${id}/details#fw-title`);
    const user = userEvent.setup();
    await user.click(link);
    await waitFor(() => expect(document.activeElement?.id).toBe('fw-title'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Details');
    await user.type(document.activeElement as HTMLElement, 'Audit');
    await waitFor(() => expect(screen.queryByTestId('draft-problems')).toBeNull());
  });

  it('reorders questions by keyboard, keeping focus on the moved question', async () => {
    const id = await draftOf(threeQuestions());
    await openEditor(standardPath(id));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Move down question 1' }));
    await waitFor(() =>
      expect(document.activeElement?.id).toBe('fw-sections-0-standards-0-questions-1-down'),
    );
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement?.id).toBe('fw-sections-0-standards-0-questions-2-up'),
    );
    await saved();
    const ids = (await storedFramework(id)).sections[0]!.standards[0]!.questions.map((q) => q.id);
    expect(ids).toEqual(['q2', 'q3', 'q1']);
  });

  it('reorders by dragging a question’s handle onto another', async () => {
    const id = await draftOf(threeQuestions());
    await openEditor(standardPath(id));
    const list = 'fw-sections-0-standards-0-questions';
    fireEvent.dragStart(screen.getByTestId(`${list}-2-handle`));
    fireEvent.dragOver(document.getElementById(`${list}-0`)!);
    fireEvent.drop(document.getElementById(`${list}-0`)!);
    await saved();
    const ids = (await storedFramework(id)).sections[0]!.standards[0]!.questions.map((q) => q.id);
    expect(ids).toEqual(['q3', 'q1', 'q2']);
  });

  it('moves a standard to another section by keyboard, focus following it there', async () => {
    // Review's question is asked only if Planning's is "yes": once Planning moves to the end of
    // the next section, that rule refers to a later question and the checks say so.
    const framework = minimalFramework({
      sections: [
        {
          id: 's1',
          title: 'Assessment',
          standards: [
            { id: 'st1', title: 'Planning', questions: [judgement('q1', { key: true })] },
            {
              id: 'st2',
              title: 'Review',
              questions: [
                judgement('q2', { key: true, showWhen: { question: 'q1', equals: 'yes' } }),
              ],
            },
          ],
        },
        {
          id: 's2',
          title: 'Outcomes',
          standards: [{ id: 'st3', title: 'Impact', questions: [judgement('q3', { key: true })] }],
        },
      ],
    });
    const id = await draftOf(framework);
    await openEditor(`/frameworks/drafts/${id}/sections`);
    const user = userEvent.setup();
    const choose = screen.getByLabelText(
      'Move standard 1 of section 1 to another section',
    ) as HTMLSelectElement;
    expect([...choose.options].map((o) => o.text)).toEqual(['Choose a section', 'Outcomes']);
    choose.focus();
    await user.selectOptions(choose, 'Outcomes');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Move standard 1 of section 1');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Planning'));
    expect(document.activeElement?.closest('li')?.id).toBe('fw-sections-1-standards-1');
    await saved();
    const sections = (await storedFramework(id)).sections;
    expect(sections.map((x) => x.standards.map((st) => st.id))).toEqual([['st2'], ['st3', 'st1']]);
    expect(sections[1]!.standards[1]!.questions.map((q) => q.id)).toEqual(['q1']);
    const problems = await screen.findByTestId('draft-problems');
    expect(problems.textContent).toContain('refers to "q1", which comes later');
  });

  it('says what goes with a removal before removing', async () => {
    const framework = threeQuestions();
    framework.sections[0]!.standards[0]!.questions[1]!.showWhen = { question: 'q1', equals: 'yes' };
    const id = await draftOf(framework);
    await openEditor(standardPath(id));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove question 1' }));
    const confirm = screen.getByTestId('remove-confirm');
    expect(confirm.textContent).toContain('Remove question 1?');
    expect(confirm.textContent).toContain(
      'What is removed is named in 1 rule, which will need changing.',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Yes, remove it' }));
    await saved();
    const ids = (await storedFramework(id)).sections[0]!.standards[0]!.questions.map((q) => q.id);
    expect(ids).toEqual(['q2', 'q3']);
  });

  it('keeps a renamed id in every rule that names it', async () => {
    const framework = threeQuestions();
    framework.sections[0]!.standards[0]!.questions[1]!.showWhen = { question: 'q1', equals: 'yes' };
    const id = await draftOf(framework);
    await openEditor(standardPath(id));
    const user = userEvent.setup();
    await user.type(document.getElementById('fw-sections-0-standards-0-questions-0-id')!, '-seen');
    await saved();
    const questions = (await storedFramework(id)).sections[0]!.standards[0]!.questions;
    expect(questions[0]!.id).toBe('q1-seen');
    expect(questions[1]!.showWhen).toEqual({ question: 'q1-seen', equals: 'yes' });
  });

  it('never writes an identifier another question uses, so rules keep their question', async () => {
    const framework = threeQuestions();
    framework.sections[0]!.standards[0]!.questions[2]!.showWhen = { question: 'q2', equals: 'no' };
    const id = await draftOf(framework);
    await openEditor(standardPath(id));
    const user = userEvent.setup();
    const field = document.getElementById('fw-sections-0-standards-0-questions-1-id')!;
    await user.clear(field);
    await user.type(field, 'q1');
    expect(screen.getByText('“q1” is already used: choose another identifier')).toBeTruthy();
    await user.type(field, '-shared');
    await saved();
    const questions = (await storedFramework(id)).sections[0]!.standards[0]!.questions;
    expect(questions.map((q) => q.id)).toEqual(['q1', 'q1-shared', 'q3']);
    expect(questions[2]!.showWhen).toEqual({ question: 'q1-shared', equals: 'no' });
  });

  it('when another tab saved the draft meanwhile, asks which to keep and loses neither silently', async () => {
    const id = await draftOf(threeQuestions());
    await openEditor(`/frameworks/drafts/${id}/details`);
    const user = userEvent.setup();
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'My title');
    // Another tab saves first, while this tab's typing waits to be saved (revision 2 is the one
    // this tab loaded).
    await saveDraft(id, { ...(await storedFramework(id)), title: 'Their title' }, 2);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('This draft was changed in another tab or window');
    expect((await storedFramework(id)).title).toBe('Their title');
    await user.click(within(notice).getByRole('button', { name: 'Keep my changes' }));
    await saved();
    expect((await storedFramework(id)).title).toBe('My title');
  });

  it('can take the other tab’s version instead', async () => {
    const id = await draftOf(threeQuestions());
    await openEditor(`/frameworks/drafts/${id}/details`);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Short title (optional)'), 'Mine');
    await saveDraft(id, { ...(await storedFramework(id)), title: 'Their title' }, 2);
    const notice = await screen.findByRole('alert');
    await user.click(within(notice).getByRole('button', { name: 'Use the other version' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Their title'),
    );
    expect((screen.getByLabelText('Short title (optional)') as HTMLInputElement).value).toBe('');
  });

  it('shows another tab’s saved changes when nothing typed here is waiting', async () => {
    const id = await draftOf(threeQuestions());
    await openEditor(`/frameworks/drafts/${id}/details`);
    await saveDraft(id, { ...(await storedFramework(id)), title: 'Their title' }, 2);
    await waitFor(() =>
      expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Their title'),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('previews the draft as an inspector scores it, rules applied as it is answered', async () => {
    const framework = threeQuestions();
    framework.sections[0]!.standards[0]!.questions[2]!.showWhen = { question: 'q2', equals: 'no' };
    const id = await draftOf(framework);
    await openEditor(`/frameworks/drafts/${id}/preview?task=1`);
    const user = userEvent.setup();
    expect(screen.queryByText('Was the plan reviewed?')).toBeNull();
    const q2 = await screen.findByRole('group', { name: 'Was the plan shared?' });
    await user.click(within(q2).getByRole('radio', { name: 'No' }));
    await screen.findByText('Was the plan reviewed?');
    expect(screen.getByTestId('preview-progress').textContent).toBe('1 of 3 questions answered.');
  });
});
