/**
 * A screen's editor for one case: it holds what the inspector changed until the answer writer
 * (src/db/cases/answerWriter.ts) has committed it, and reports per item whether that has
 * happened (what it holds per item: editorItem.ts).
 *
 * - A choice (radio, checkbox) is saved at once.
 * - Typing (notes, text, numbers, dates) is saved at most `debounceMs` (250 ms) after the first
 *   keystroke of a stretch, and again every 250 ms while typing goes on; it is flushed at once
 *   when the field loses focus, the page is hidden (`visibilitychange`), the page goes away
 *   (`pagehide`), and before an app update reloads (the editor is registered in unsavedWork, so
 *   the update prompt waits while anything is unsaved).
 * - A failed save is retried automatically with growing pauses (0.5 s, 1 s, 2 s … 30 s) and
 *   reported as `failed(quota | closed | other)` meanwhile; nothing typed is dropped.
 * - Saves can be paused by name (`pause('conflict')`); paused work is kept, never lost.
 * - A change someone else made since this screen last saw the answer is a conflict: the
 *   editor keeps the inspector's version aside and waits for "Keep mine" or "Keep theirs".
 *
 * Typing bursts: one history entry per stretch of typing in one field. While the inspector
 * keeps typing in the same note (or text answer) — pauses shorter than a minute, without
 * leaving the field or choosing an answer — each save extends the same entry (its "before" stays
 * the text before the stretch, its "after" follows the typing). It grows only while it is still
 * the latest change of that answer by the same person on the same device.
 */
import { type AnswerPatch, type AnswerValue, editClashes } from '../core';
import { type SaveOutcome, type SaveRequest, saveAnswer } from '../db/cases/answerWriter';
import type { AnswerRecord } from '../db/database';
import {
  followBurst,
  hasPending,
  type ItemState,
  mineOver,
  newItem,
  type SaveState,
  snapshotOf,
  takeSaved,
} from './editorItem';
import { flushWhenHidden } from './lifecycle';
import { notifyUnsavedWorkChanged, registerUnsavedWork } from './unsavedWork';

export type CaseEditorOptions = {
  readonly caseId: string;
  readonly by: string;
  readonly device: string;
  readonly debounceMs?: number;
  /** Pause before the nth retry (1-based), in ms. */
  readonly retryDelay?: (attempt: number) => number;
  /** The writer (tests pass one that fails). */
  readonly save?: (request: SaveRequest) => Promise<SaveOutcome>;
  readonly now?: () => number;
  /** Listen to page lifecycle events (off in tests that drive flushes themselves). */
  readonly lifecycle?: boolean;
};

const defaultRetryDelay = (attempt: number) => Math.min(30_000, 500 * 2 ** (attempt - 1));

export class CaseEditor {
  readonly caseId: string;
  private by: string;
  private readonly device: string;
  private readonly debounceMs: number;
  private readonly retryDelay: (attempt: number) => number;
  private readonly save: (request: SaveRequest) => Promise<SaveOutcome>;
  private readonly now: () => number;
  private readonly items = new Map<string, ItemState>();
  private readonly pauses = new Set<string>();
  private readonly listeners = new Set<(itemId: string) => void>();
  private readonly cleanups: (() => void)[] = [];

  constructor(options: CaseEditorOptions) {
    this.caseId = options.caseId;
    this.by = options.by;
    this.device = options.device;
    this.debounceMs = options.debounceMs ?? 250;
    this.retryDelay = options.retryDelay ?? defaultRetryDelay;
    this.save = options.save ?? ((request) => saveAnswer(request));
    this.now = options.now ?? (() => performance.now());
    this.cleanups.push(registerUnsavedWork(this));
    if (options.lifecycle !== false && typeof document !== 'undefined') {
      this.cleanups.push(flushWhenHidden(this));
    }
  }

  /** Who answers from now on (the inspector changed "who is scoring"). */
  setScorer(by: string): void {
    this.by = by;
  }

  private item(itemId: string): ItemState {
    let item = this.items.get(itemId);
    if (!item) {
      item = newItem();
      this.items.set(itemId, item);
    }
    return item;
  }

  private notify(itemId: string): void {
    for (const listener of this.listeners) listener(itemId);
    notifyUnsavedWorkChanged();
  }

  /** Calls `listener(itemId)` whenever an item's save state or local edits change. */
  subscribe(listener: (itemId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  state(itemId: string): SaveState {
    return this.items.get(itemId)?.state ?? { kind: 'idle' };
  }

  /**
   * What a screen shows for an item: the newer of the stored answer (from a live query) and the
   * last one this editor committed, with local changes not yet committed laid over it.
   */
  shown(itemId: string, stored: AnswerRecord | undefined): { value: AnswerValue; note: string } {
    const item = this.items.get(itemId);
    const fromStore = snapshotOf(stored);
    const latest = item && item.base.rev > fromStore.rev ? item.base : fromStore;
    const pending = item?.pending ?? {};
    return {
      value: 'value' in pending ? (pending.value ?? null) : latest.value,
      note: 'note' in pending ? (pending.note ?? '') : latest.note,
    };
  }

  /** Local changes not yet committed: screens show these instead of the stored answer. */
  pending(itemId: string): AnswerPatch {
    return this.items.get(itemId)?.pending ?? {};
  }

  /**
   * The stored answer, as a live query last delivered it. Adopted as the reference unless this
   * screen has changes of its own in hand; if someone else changed a field this screen is
   * changing too, that is a conflict, reported at once.
   */
  seen(itemId: string, stored: AnswerRecord | undefined): void {
    const item = this.item(itemId);
    const snapshot = snapshotOf(stored);
    if (!stored || snapshot.rev <= item.base.rev || item.running) return;
    if (item.state.kind === 'conflict') {
      // Still undecided: show the latest of theirs.
      if (stored.rev > item.state.theirs.rev) {
        item.state = { kind: 'conflict', theirs: stored, mine: mineOver(item, stored) };
        this.notify(itemId);
      }
      return;
    }
    if (!hasPending(item)) {
      item.base = snapshot;
      return;
    }
    if (editClashes(snapshot, item.pending, item.base)) this.enterConflict(itemId, item, stored);
  }

  /**
   * A change by the inspector. `typing` changes wait for the debounce; others save at once.
   * `startedAt` is the input event's time, to measure click-to-commit.
   */
  change(
    itemId: string,
    patch: AnswerPatch,
    how: { readonly typing?: boolean; readonly startedAt?: number } = {},
  ): Promise<void> {
    const item = this.item(itemId);
    Object.assign(item.pending, patch);
    if (item.state.kind === 'locked') {
      this.notify(itemId);
      return Promise.resolve();
    }
    if (item.state.kind === 'conflict') {
      // Keep typing into "mine" while the conflict waits for a decision.
      item.state = { ...item.state, mine: mineOver(item, item.state.theirs) };
      this.notify(itemId);
      return Promise.resolve();
    }
    followBurst(item, patch, how.typing === true, this.now());
    if (how.startedAt !== undefined) item.startedAt = how.startedAt;
    if (item.state.kind !== 'saving' && item.state.kind !== 'failed') {
      // A failing save keeps saying so (and retrying) while typing goes on.
      item.state = { kind: 'saving' };
      this.notify(itemId);
    }
    if (how.typing) {
      item.timer ??= setTimeout(() => {
        item.timer = null;
        void this.commit(itemId);
      }, this.debounceMs);
      return Promise.resolve();
    }
    return this.commit(itemId, true);
  }

  /** The field lost focus: save now, and end the typing burst. */
  async endTyping(itemId: string): Promise<void> {
    const item = this.items.get(itemId);
    if (!item) return;
    await this.commit(itemId, true);
    item.burst = null;
  }

  private enterConflict(itemId: string, item: ItemState, theirs: AnswerRecord): void {
    if (item.timer) clearTimeout(item.timer);
    item.timer = null;
    item.state = { kind: 'conflict', theirs, mine: mineOver(item, theirs) };
    this.notify(itemId);
  }

  /** Resolves a conflict with this screen's version, written over theirs. */
  keepMine(itemId: string): Promise<void> {
    const item = this.items.get(itemId);
    if (item?.state.kind !== 'conflict') return Promise.resolve();
    item.base = snapshotOf(item.state.theirs);
    item.burst = null;
    item.state = { kind: 'saving' };
    this.notify(itemId);
    return this.commit(itemId, true);
  }

  /** Resolves a conflict by taking theirs: this screen's changes to the answer are dropped. */
  keepTheirs(itemId: string): void {
    const item = this.items.get(itemId);
    if (item?.state.kind !== 'conflict') return;
    item.base = snapshotOf(item.state.theirs);
    item.pending = {};
    item.burst = null;
    item.state = { kind: 'saved', at: item.state.theirs.at };
    this.notify(itemId);
  }

  /** The case was reopened: save what was held back while it was complete. */
  retryLocked(): Promise<void> {
    const work: Promise<void>[] = [];
    for (const [itemId, item] of this.items) {
      if (item.state.kind !== 'locked') continue;
      item.state = hasPending(item) ? { kind: 'saving' } : { kind: 'idle' };
      this.notify(itemId);
      if (hasPending(item)) work.push(this.commit(itemId, true));
    }
    return Promise.all(work).then(() => undefined);
  }

  pause(reason: string): void {
    this.pauses.add(reason);
  }

  resume(reason: string): void {
    this.pauses.delete(reason);
    if (this.pauses.size === 0) void this.flush();
  }

  /** Saves the item's changes now; `force` also runs one that waits for a debounce or retry. */
  private commit(itemId: string, force = false): Promise<void> {
    const item = this.item(itemId);
    if (item.running) {
      return item.running.then(() =>
        force || item.timer === null ? this.commit(itemId, force) : undefined,
      );
    }
    if (item.timer) clearTimeout(item.timer);
    item.timer = null;
    if (
      !hasPending(item) ||
      this.pauses.size > 0 ||
      item.state.kind === 'conflict' ||
      item.state.kind === 'locked'
    ) {
      return Promise.resolve();
    }
    const sent: AnswerPatch = { ...item.pending };
    const request: SaveRequest = {
      caseId: this.caseId,
      itemId,
      patch: sent,
      base: item.base,
      by: this.by,
      device: this.device,
      burst: item.burst?.seq,
    };
    item.running = this.save(request).then((outcome) => {
      item.running = null;
      this.settle(itemId, item, sent, outcome);
    });
    return item.running;
  }

  private settle(itemId: string, item: ItemState, sent: AnswerPatch, outcome: SaveOutcome): void {
    switch (outcome.status) {
      case 'saved': {
        takeSaved(item, sent, outcome.answer, outcome.historySeq);
        if (hasPending(item)) {
          // More was typed while this save ran: it follows within the debounce.
          item.timer ??= setTimeout(() => {
            item.timer = null;
            void this.commit(itemId);
          }, this.debounceMs);
          item.state = { kind: 'saving' };
        } else {
          item.state = { kind: 'saved', at: outcome.answer.at };
        }
        break;
      }
      case 'conflict':
        this.enterConflict(itemId, item, outcome.theirs);
        return;
      case 'locked':
        // Kept, not dropped: saved by `retryLocked` once the case is reopened.
        item.state = { kind: 'locked', caseStatus: outcome.caseStatus };
        break;
      case 'missing':
        item.pending = {};
        item.state = { kind: 'failed', reason: 'missing', attempt: item.attempt };
        break;
      case 'failed': {
        item.attempt++;
        item.state = { kind: 'failed', reason: outcome.reason, attempt: item.attempt };
        item.timer ??= setTimeout(() => {
          item.timer = null;
          void this.commit(itemId);
        }, this.retryDelay(item.attempt));
        break;
      }
    }
    this.notify(itemId);
  }

  hasUnsaved(): boolean {
    for (const item of this.items.values()) {
      if (hasPending(item) || item.running) return true;
    }
    return false;
  }

  /** Commits every change in hand; resolves once each has been committed or has failed. */
  async flush(): Promise<void> {
    const work: Promise<void>[] = [];
    for (const [itemId, item] of this.items) {
      if (hasPending(item) || item.running) work.push(this.commit(itemId, true));
    }
    await Promise.all(work);
  }

  /** Flushes, then stops listening to the page and leaves the unsaved-work register. */
  async dispose(): Promise<void> {
    await this.flush();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.listeners.clear();
  }
}

const editors = new Map<string, CaseEditor>();

/**
 * The editor of a case, shared by every screen of that case in this tab and kept for the life
 * of the page: moving between screens never drops a change still being saved or retried.
 */
export function openCaseEditor(options: CaseEditorOptions): CaseEditor {
  const existing = editors.get(options.caseId);
  if (existing) {
    existing.setScorer(options.by);
    return existing;
  }
  const editor = new CaseEditor(options);
  editors.set(options.caseId, editor);
  return editor;
}

/** Forgets every shared editor (tests switch databases between cases). */
export async function closeCaseEditors(): Promise<void> {
  const all = [...editors.values()];
  editors.clear();
  await Promise.all(all.map((editor) => editor.dispose()));
}
