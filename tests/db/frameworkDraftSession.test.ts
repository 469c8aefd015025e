/** The framework editor's session of a draft: saving as typed, retrying, and two tabs. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import {
  createDraft,
  deleteDraft,
  getDraft,
  saveDraft,
} from '../../src/db/frameworks/frameworkDrafts';
import { FrameworkDraftSession } from '../../src/editing/frameworkDraftSession';
import { hasUnsavedWork } from '../../src/editing/unsavedWork';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;
beforeEach(() =>
  useDatabase(new CaseAuditDatabase(`framework-draft-session-${n++}`, TEST_DATA_KEY)),
);
afterEach(() => useDatabase(null));

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a framework draft being edited', () => {
  it('saves the latest typing behind it, and says "saved" only once it is stored', async () => {
    const record = await createDraft({ kind: 'new' });
    const session = new FrameworkDraftSession(record, { debounceMs: 30, lifecycle: false });
    const states: string[] = [];
    session.subscribe(() => states.push(session.state.kind));
    session.edit({ ...session.framework, title: 'Y' });
    session.edit({ ...session.framework, title: 'Youth' });
    expect(hasUnsavedWork()).toBe(true);
    await pause(80);
    await session.flush();
    expect((await getDraft(record.draftId))?.framework.title).toBe('Youth');
    expect(states.at(-1)).toBe('saved');
    expect(states.indexOf('saved')).toBeGreaterThan(states.indexOf('saving'));
    await session.close();
  });

  it('keeps what was typed when a save fails, and saves it on the retry', async () => {
    const record = await createDraft({ kind: 'new' });
    let fail = true;
    const session = new FrameworkDraftSession(record, {
      lifecycle: false,
      retryDelay: () => 20,
      save: (id, framework, expected) => {
        if (fail) {
          fail = false;
          return Promise.reject(new Error('quota'));
        }
        return saveDraft(id, framework, expected);
      },
    });
    session.edit({ ...session.framework, title: 'Kept' }, true);
    await pause(5);
    expect(session.state.kind).toBe('failed');
    expect(session.hasUnsaved()).toBe(true);
    await pause(60);
    expect((await getDraft(record.draftId))?.framework.title).toBe('Kept');
    expect(session.state.kind).toBe('saved');
    await session.close();
  });

  it('never writes over another tab’s save: it holds both until the author chooses', async () => {
    const record = await createDraft({ kind: 'new' });
    const mine = new FrameworkDraftSession(record, { lifecycle: false });
    const theirs = new FrameworkDraftSession(record, { lifecycle: false });
    theirs.edit({ ...theirs.framework, title: 'Theirs' }, true);
    await theirs.flush();
    mine.edit({ ...mine.framework, shortTitle: 'Mine' }, true);
    await mine.flush();
    expect(mine.state.kind).toBe('conflict');
    expect((await getDraft(record.draftId))?.framework.title).toBe('Theirs');
    // Typing goes on being held while the author decides.
    mine.edit({ ...mine.framework, shortTitle: 'Mine, still' });
    await mine.keepMine();
    const stored = await getDraft(record.draftId);
    expect(stored?.framework.shortTitle).toBe('Mine, still');
    expect(mine.state.kind).toBe('saved');
    // The other tab, with nothing unsaved, shows the stored draft.
    theirs.stored(stored!);
    expect(theirs.framework.shortTitle).toBe('Mine, still');
    await mine.close();
    await theirs.close();
  });

  it('can take the other tab’s version instead', async () => {
    const record = await createDraft({ kind: 'new' });
    const mine = new FrameworkDraftSession(record, { lifecycle: false });
    await saveDraft(record.draftId, { ...record.framework, title: 'Theirs' }, record.revision);
    mine.edit({ ...mine.framework, title: 'Mine' }, true);
    await mine.flush();
    expect(mine.state.kind).toBe('conflict');
    mine.takeTheirs();
    expect(mine.framework.title).toBe('Theirs');
    expect(mine.hasUnsaved()).toBe(false);
    await mine.close();
  });
});

describe('a draft published or deleted in another tab', () => {
  it('stops saving and says so, rather than retrying for ever', async () => {
    const record = await createDraft({ kind: 'new' });
    const session = new FrameworkDraftSession(record, { lifecycle: false, retryDelay: () => 10 });
    await deleteDraft(record.draftId);
    session.edit({ ...session.framework, title: 'Late' }, true);
    await session.flush();
    expect(session.state.kind).toBe('gone');
    expect(session.hasUnsaved()).toBe(false);
    await session.close();
  });
});
