/**
 * The report editor's autosave: the latest draft typed, saved behind the typing through the
 * report store (src/db/inspections/reportStore.ts).
 *
 * It works as answers do (caseEditor.ts): typing is saved at most `debounceMs` after it stops
 * and at least every `debounceMs` while it goes on; pending text is flushed at once when a field
 * loses focus, the page is hidden or goes away (lifecycle.ts), and before an app update reloads
 * (it is registered in unsavedWork). "Saved" is reported only once the transaction has
 * committed. A failed save is retried with growing pauses; nothing typed is dropped.
 */
import type { ReportDraft } from '../core';
import type { WriteFailure } from '../db/connection';
import { type DraftSaveOutcome, saveReportDraft } from '../db/inspections/reportStore';
import { flushWhenHidden } from './lifecycle';
import { SaveTimer } from './saveTimer';
import { notifyUnsavedWorkChanged, registerUnsavedWork } from './unsavedWork';

export type AutosaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly reason: WriteFailure | 'missing' | 'invalid' };

export type ReportAutosaveOptions = {
  readonly inspectionId: string;
  readonly debounceMs?: number;
  readonly save?: (inspectionId: string, draft: ReportDraft) => Promise<DraftSaveOutcome>;
  readonly retryDelay?: (attempt: number) => number;
  /** Listen to page lifecycle events (tests drive flushes themselves). */
  readonly lifecycle?: boolean;
};

const defaultRetryDelay = (attempt: number) => Math.min(30_000, 500 * 2 ** (attempt - 1));

/** The report editor's autosave: the latest draft typed, saved behind the typing. */
export class ReportAutosave {
  private readonly inspectionId: string;
  private readonly timer: SaveTimer;
  private readonly save: (inspectionId: string, draft: ReportDraft) => Promise<DraftSaveOutcome>;
  private readonly retryDelay: (attempt: number) => number;
  private pending: ReportDraft | null = null;
  private running: Promise<void> | null = null;
  private attempt = 0;
  private current: AutosaveState = { kind: 'idle' };
  private readonly listeners = new Set<(state: AutosaveState) => void>();
  private readonly cleanups: (() => void)[] = [];

  constructor(options: ReportAutosaveOptions) {
    this.inspectionId = options.inspectionId;
    this.timer = new SaveTimer(options.debounceMs ?? 400, () => void this.flush());
    this.save = options.save ?? saveReportDraft;
    this.retryDelay = options.retryDelay ?? defaultRetryDelay;
    this.cleanups.push(registerUnsavedWork(this));
    if (options.lifecycle !== false && typeof document !== 'undefined') {
      this.cleanups.push(flushWhenHidden(this));
    }
  }

  get state(): AutosaveState {
    return this.current;
  }

  onChange(listener: (state: AutosaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setState(state: AutosaveState): void {
    this.current = state;
    for (const listener of this.listeners) listener(state);
    notifyUnsavedWorkChanged();
  }

  /** True while something typed is not yet committed. */
  hasUnsaved(): boolean {
    return this.pending !== null || this.running !== null;
  }

  /** The draft changed: save it soon (typing), or at once (`immediate`: a button, a choice). */
  change(draft: ReportDraft, immediate = false): void {
    this.pending = draft;
    if (this.current.kind !== 'saving') this.setState({ kind: 'pending' });
    this.timer.changed(immediate);
  }

  /** Commits what is pending; resolves once it is on disk (or has failed and will be retried). */
  async flush(): Promise<void> {
    this.timer.cancel();
    while (this.running) await this.running;
    const draft = this.pending;
    if (draft === null) return;
    this.pending = null;
    this.timer.taken();
    this.setState({ kind: 'saving' });
    this.running = this.write(draft);
    try {
      await this.running;
    } finally {
      this.running = null;
      notifyUnsavedWorkChanged();
    }
  }

  private async write(draft: ReportDraft): Promise<void> {
    const outcome = await this.save(this.inspectionId, draft);
    if (outcome.status === 'saved') {
      this.attempt = 0;
      // Newer text may have arrived while this one was being written: it stays pending.
      this.setState(
        this.pending === null ? { kind: 'saved', at: outcome.at } : { kind: 'pending' },
      );
      return;
    }
    // Keep the text: it is retried, newer typing replacing it.
    this.pending ??= draft;
    this.attempt++;
    const reason =
      outcome.status === 'failed'
        ? outcome.reason
        : outcome.status === 'missing'
          ? 'missing'
          : 'invalid';
    this.setState({ kind: 'failed', reason });
    if (outcome.status === 'failed') this.timer.after(this.retryDelay(this.attempt));
  }

  /** Flushes, then stops listening. */
  async close(): Promise<void> {
    await this.flush();
    this.timer.cancel();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}
