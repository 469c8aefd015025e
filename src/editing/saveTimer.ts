/**
 * When a typed draft is saved (the report, a framework draft): `debounceMs` after typing stops,
 * and at least every `debounceMs` while it goes on, or at once when asked; after a failed write,
 * again after the retry delay. One timer at a time: a new schedule replaces the old one.
 */
export class SaveTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPendingAt: number | null = null;

  constructor(
    private readonly debounceMs: number,
    private readonly save: () => void,
  ) {}

  /** Something was typed: saves now (`immediate`, or typing has gone on long enough) or soon. */
  changed(immediate: boolean): void {
    const now = Date.now();
    this.firstPendingAt ??= now;
    if (immediate || now - this.firstPendingAt >= this.debounceMs) {
      this.save();
      return;
    }
    this.after(this.debounceMs);
  }

  /** Saves after `ms` (a retry, or typing that arrived while a write was running). */
  after(ms: number): void {
    this.cancel();
    this.timer = setTimeout(this.save, ms);
  }

  /** Saves after the debounce, unless a save is already waiting. */
  soon(): void {
    if (this.timer === null) this.after(this.debounceMs);
  }

  /** What was pending is being written: the next typing starts a new debounce. */
  taken(): void {
    this.cancel();
    this.firstPendingAt = null;
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
