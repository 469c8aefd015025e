/**
 * A framework draft being edited in this tab: the latest framework typed, saved behind the
 * typing through the drafts store (src/db/frameworks/frameworkDrafts.ts).
 *
 * It saves as answers and the report do (caseEditor.ts, reportAutosave.ts): at most
 * `debounceMs` after typing stops and at least every `debounceMs` while it goes on, at once when
 * the page is hidden or goes, and before an app update reloads (unsavedWork). "Saved" is
 * reported only once the write has committed. Each save names the revision it started from:
 * when another tab saved meanwhile, nothing is overwritten; the session holds both versions
 * until the author chooses (`keepMine` / `takeTheirs`). A failed write is retried with growing
 * pauses; nothing typed is dropped.
 */
import type { Framework } from '../core';
import {
  type FrameworkDraftRecord,
  getDraft,
  saveDraft as storeDraft,
} from '../db/frameworks/frameworkDrafts';
import { flushWhenHidden } from './lifecycle';
import { SaveTimer } from './saveTimer';
import { notifyUnsavedWorkChanged, registerUnsavedWork } from './unsavedWork';

export type DraftSaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed' }
  /** The draft is no longer stored (published or deleted elsewhere): nothing more is saved. */
  | { readonly kind: 'gone' }
  /** Another tab saved this draft since this one last did: the author chooses. */
  | { readonly kind: 'conflict'; readonly theirs: FrameworkDraftRecord };

type SaveFn = typeof storeDraft;

export type DraftSessionOptions = {
  readonly debounceMs?: number;
  readonly save?: SaveFn;
  readonly retryDelay?: (attempt: number) => number;
  readonly lifecycle?: boolean;
};

const defaultRetryDelay = (attempt: number) => Math.min(30_000, 500 * 2 ** (attempt - 1));

export class FrameworkDraftSession {
  readonly draftId: string;
  /** The draft's record as loaded (its `basedOn` says which version it starts from). */
  readonly record: FrameworkDraftRecord;
  private current: Framework;
  private revision: number;
  private readonly timer: SaveTimer;
  private readonly save: SaveFn;
  private readonly retryDelay: (attempt: number) => number;
  private unsaved = false;
  private running: Promise<void> | null = null;
  private attempt = 0;
  private saveState: DraftSaveState = { kind: 'idle' };
  private readonly listeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];

  constructor(record: FrameworkDraftRecord, options: DraftSessionOptions = {}) {
    this.draftId = record.draftId;
    this.record = record;
    this.current = record.framework;
    this.revision = record.revision;
    this.timer = new SaveTimer(options.debounceMs ?? 400, () => void this.flush());
    this.save = options.save ?? storeDraft;
    this.retryDelay = options.retryDelay ?? defaultRetryDelay;
    this.cleanups.push(registerUnsavedWork(this));
    if (options.lifecycle !== false && typeof document !== 'undefined') {
      this.cleanups.push(flushWhenHidden(this));
    }
  }

  get framework(): Framework {
    return this.current;
  }

  get state(): DraftSaveState {
    return this.saveState;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
    notifyUnsavedWorkChanged();
  }

  private setState(state: DraftSaveState): void {
    this.saveState = state;
    this.notify();
  }

  hasUnsaved(): boolean {
    return this.unsaved || this.running !== null;
  }

  /** The author changed the draft: save it soon (typing), or at once (`immediate`). */
  edit(next: Framework, immediate = false): void {
    this.current = next;
    if (this.saveState.kind === 'gone') {
      this.notify();
      return;
    }
    this.unsaved = true;
    if (this.saveState.kind === 'conflict') {
      this.notify();
      return;
    }
    if (this.saveState.kind !== 'saving') this.saveState = { kind: 'pending' };
    this.notify();
    this.timer.changed(immediate);
  }

  /** Commits what is pending; resolves once it is on disk, refused, or failed (and retried). */
  async flush(): Promise<void> {
    this.timer.cancel();
    while (this.running) await this.running;
    if (!this.unsaved || this.saveState.kind === 'conflict' || this.saveState.kind === 'gone') {
      return;
    }
    this.unsaved = false;
    this.timer.taken();
    this.setState({ kind: 'saving' });
    this.running = this.write(this.current, this.revision);
    try {
      await this.running;
    } finally {
      this.running = null;
      notifyUnsavedWorkChanged();
    }
  }

  private async write(framework: Framework, expected: number): Promise<void> {
    let outcome: Awaited<ReturnType<SaveFn>>;
    try {
      outcome = await this.save(this.draftId, framework, expected);
    } catch {
      if ((await this.exists()) === false) {
        this.unsaved = false;
        this.setState({ kind: 'gone' });
        return;
      }
      this.unsaved = true;
      this.attempt++;
      this.setState({ kind: 'failed' });
      this.timer.after(this.retryDelay(this.attempt));
      return;
    }
    this.attempt = 0;
    if (outcome.status === 'saved') {
      this.revision = outcome.revision;
      // Newer typing may have arrived while this was written: it stays pending.
      this.setState(this.unsaved ? { kind: 'pending' } : { kind: 'saved' });
      if (this.unsaved) this.timer.soon();
      return;
    }
    // Another tab saved first: keep what was typed here, and ask.
    this.unsaved = true;
    this.setState({ kind: 'conflict', theirs: outcome.current });
  }

  /** Whether the draft is still stored (undefined when storage cannot say). */
  private async exists(): Promise<boolean | undefined> {
    try {
      return (await getDraft(this.draftId)) !== undefined;
    } catch {
      return undefined;
    }
  }

  /** The author keeps this tab's version: it replaces the other tab's. */
  async keepMine(): Promise<void> {
    if (this.saveState.kind !== 'conflict') return;
    this.revision = this.saveState.theirs.revision;
    this.saveState = { kind: 'pending' };
    await this.flush();
  }

  /** The author takes the other tab's version: this tab's changes are let go. */
  takeTheirs(): void {
    if (this.saveState.kind !== 'conflict') return;
    const theirs = this.saveState.theirs;
    this.current = theirs.framework;
    this.revision = theirs.revision;
    this.unsaved = false;
    this.setState({ kind: 'saved' });
  }

  /**
   * The stored draft changed (another tab saved it). With nothing unsaved here, this tab simply
   * shows it; with unsaved changes, the next save asks the author.
   */
  stored(record: FrameworkDraftRecord): void {
    if (record.revision <= this.revision || this.hasUnsaved()) return;
    if (this.saveState.kind === 'conflict') return;
    this.current = record.framework;
    this.revision = record.revision;
    this.notify();
  }

  async close(): Promise<void> {
    await this.flush();
    this.timer.cancel();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}

const sessions = new Map<string, FrameworkDraftSession>();

/** The one session of a draft in this tab, shared by every part of the editor. */
export function openDraftSession(
  record: FrameworkDraftRecord,
  options?: DraftSessionOptions,
): FrameworkDraftSession {
  let session = sessions.get(record.draftId);
  if (!session) {
    session = new FrameworkDraftSession(record, options);
    sessions.set(record.draftId, session);
  }
  return session;
}

/** Forgets a draft's session (it was published or deleted), after saving what it holds. */
export async function closeDraftSession(draftId: string): Promise<void> {
  const session = sessions.get(draftId);
  sessions.delete(draftId);
  await session?.close();
}
