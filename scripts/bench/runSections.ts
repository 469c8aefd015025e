/**
 * Runs the bench's sections one after another. A section that fails or hangs is reported and
 * the others still run: one broken measurement must not hide the rest. The caller exits
 * non-zero when any failed.
 */
import type { BenchRow } from './support';

export type Section = {
  title: string;
  run: () => Promise<BenchRow[]>;
  /** The section's figures as plain JSON rows, for `--json`; sections without it are left out. */
  json?: () => Promise<readonly object[]>;
};

/** Whether a section is chosen by the words given (none: every section). */
function chosen(section: Section, only: readonly string[]): boolean {
  const title = section.title.toLowerCase();
  return only.length === 0 || only.some((word) => title.includes(word));
}

/** The JSON rows of every chosen section that gives them, in order. */
export async function jsonRows(
  sections: readonly Section[],
  only: readonly string[],
): Promise<object[]> {
  const rows: object[] = [];
  for (const section of sections) {
    if (section.json && chosen(section, only)) rows.push(...(await section.json()));
  }
  return rows;
}

export type SectionEvents = {
  /** Words from the command line: run only the sections whose titles contain one of them. */
  only?: readonly string[];
  /** A section still running after this long is reported as failed, and the next one starts. */
  timeoutMs: number;
  onRows: (title: string, rows: BenchRow[]) => void;
  onFailure: (title: string, error: unknown) => void;
};

class SectionTimeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new SectionTimeout(`still running after ${Math.round(ms / 1000)} s`)),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Runs every chosen section; returns the titles of those that failed. */
export async function runSections(
  sections: readonly Section[],
  events: SectionEvents,
): Promise<string[]> {
  const only = events.only ?? [];
  const failed: string[] = [];
  for (const section of sections) {
    if (!chosen(section, only)) continue;
    try {
      // Started inside the try, so a section that throws before its first await is caught too.
      events.onRows(section.title, await withTimeout(section.run(), events.timeoutMs));
    } catch (error) {
      failed.push(section.title);
      events.onFailure(section.title, error);
    }
  }
  return failed;
}
