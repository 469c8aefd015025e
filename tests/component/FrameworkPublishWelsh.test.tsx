import { screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core';
import { createDraft, saveDraft } from '../../src/db/frameworks/frameworkDrafts';
import FrameworkPublish from '../../src/ui/frameworks/FrameworkPublish/FrameworkPublish';
import { applyLanguage } from '../../src/ui/i18n/translate';
import { closeVersions, freshVersions, renderAt, V2 } from './frameworkVersionsSetup';

beforeEach(async () => {
  await freshVersions();
  await applyLanguage('cy');
});
afterEach(async () => {
  await closeVersions();
  await applyLanguage('en');
});

const SLOW = { timeout: 5_000 };

/** The draft after 2.0.0 with one question added to its first standard. */
function withAddedQuestion(f: Framework): Framework {
  const section = f.sections[0]!;
  const standard = section.standards[0]!;
  const q5 = {
    id: 'q5',
    text: 'Was the family involved?',
    kind: 'judgement' as const,
    scale: 'yes-no',
  };
  return {
    ...f,
    sections: [
      { ...section, standards: [{ ...standard, questions: [...standard.questions, q5] }] },
    ],
  };
}

describe('publishing a draft in Welsh', () => {
  it('suggests the number with its reason and shows what changed, in Welsh', async () => {
    const draft = await createDraft({ kind: 'next-version', from: V2 });
    await saveDraft(draft.draftId, withAddedQuestion(draft.framework), draft.revision);
    renderAt(
      `/frameworks/drafts/${draft.draftId}/publish`,
      <FrameworkPublish draftId={draft.draftId} />,
    );
    const heading = await screen.findByRole('heading', { level: 1 }, SLOW);
    expect(heading.textContent).toMatch(/^Cyhoeddi /);
    expect(screen.getByLabelText('Rhif fersiwn')).toBeTruthy();
    expect(
      screen.getByText(
        'Awgrymir: 2.1.0, oherwydd ychwanegwyd cwestiynau, opsiynau ateb neu feysydd proffil, felly mae’n fersiwn fach.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'Beth sydd wedi newid ers fersiwn 2.0.0' }),
    ).toBeTruthy();
    const added = screen.getByRole('table', { name: 'Wedi’u hychwanegu (1)' });
    expect(within(added).getByText('Was the family involved?')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cyhoeddi fersiwn 2.1.0' })).toBeTruthy();
    for (const english of ['Version number', 'Back to the draft', 'Framework draft']) {
      expect(screen.queryByText(english)).toBeNull();
    }
  });
});
