import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core';
import { database } from '../../src/db/connection';
import { createDraft, getDraft, saveDraft } from '../../src/db/frameworks/frameworkDrafts';
import FrameworkPublish from '../../src/ui/frameworks/FrameworkPublish/FrameworkPublish';
import { closeVersions, freshVersions, renderAt, V2, versionTwo } from './frameworkVersionsSetup';

beforeEach(() => freshVersions());
afterEach(closeVersions);

const SLOW = { timeout: 5_000 };

/** A draft of the version after 2.0.0, changed by `change`. */
async function nextDraft(change: (f: Framework) => Framework): Promise<string> {
  const draft = await createDraft({ kind: 'next-version', from: V2 });
  await saveDraft(draft.draftId, change(draft.framework), draft.revision);
  return draft.draftId;
}

function openPublish(draftId: string) {
  renderAt(`/frameworks/drafts/${draftId}/publish`, <FrameworkPublish draftId={draftId} />);
  return screen.findByRole('heading', { level: 1 }, SLOW);
}

function withAddedQuestion(f: Framework): Framework {
  const standard = f.sections[0]!.standards[0]!;
  return {
    ...f,
    sections: [
      {
        ...f.sections[0]!,
        standards: [
          {
            ...standard,
            questions: [
              ...standard.questions,
              { id: 'q5', text: 'Was the family involved?', kind: 'judgement', scale: 'yes-no' },
            ],
          },
        ],
      },
    ],
  };
}

describe('publishing a draft', () => {
  it('says when nothing has changed yet, rather than giving a reason for the number', async () => {
    const draftId = await nextDraft((f) => f);
    await openPublish(draftId);
    expect(
      await screen.findByText(
        'Suggested: 2.0.1. Nothing has changed from the version it starts from yet.',
        {},
        SLOW,
      ),
    ).toBeTruthy();
  });

  it('suggests the version number with its reason, shows the diff and publishes', async () => {
    const draftId = await nextDraft(withAddedQuestion);
    const user = userEvent.setup();
    await openPublish(draftId);
    const version = screen.getByLabelText('Version number') as HTMLInputElement;
    expect(version.value).toBe('2.1.0');
    expect(
      screen.getByText(
        'Suggested: 2.1.0, because questions, answer options or profile fields were added, so it is a minor version.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What changed since version 2.0.0' })).toBeTruthy();
    const added = screen.getByRole('table', { name: 'Added (1)' });
    expect(within(added).getByText('q5')).toBeTruthy();
    expect(within(added).getByText('Was the family involved?')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Publish version 2.1.0' }));
    await waitFor(() =>
      expect(`${window.location.pathname}${window.location.search}`).toBe(
        '/frameworks/versions-test%402.1.0?published=1',
      ),
    );
    const record = await database().frameworks.get('versions-test@2.1.0');
    expect(record?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await getDraft(draftId)).toBeUndefined();
  });

  it('lists every problem, each linked to its field in the editor, and offers no publish', async () => {
    const draftId = await nextDraft((f) => ({
      ...f,
      sections: [{ ...f.sections[0]!, title: '' }],
    }));
    await openPublish(draftId);
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: /sections\[0\]\.title/ });
    expect(link.getAttribute('href')).toBe(
      `/frameworks/drafts/${draftId}/sections#fw-sections-0-title`,
    );
    expect(screen.queryByRole('button', { name: /^Publish/ })).toBeNull();
    await waitFor(() => expect(document.title).toMatch(/^Error: Publish /));
  });

  it('refuses a version number already published, at the version field', async () => {
    const draftId = await nextDraft((f) => ({ ...f, title: 'Versions test framework, revised' }));
    const user = userEvent.setup();
    await openPublish(draftId);
    const version = screen.getByLabelText('Version number');
    await user.clear(version);
    await user.type(version, '2.0.0');
    await user.click(screen.getByRole('button', { name: 'Publish version 2.0.0' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link');
    expect(link.textContent).toBe(
      'Version 2.0.0 of versions-test is already on this device, and a published version never changes: choose another version number',
    );
    expect(link.getAttribute('href')).toBe('#publish-version');
    expect((await database().frameworks.get(V2))?.framework).toEqual(versionTwo());
  });
});
