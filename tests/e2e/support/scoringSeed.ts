/**
 * Scoring journeys in a real browser: an inspection ready to score (tests/fixtures/
 * inspectionFixture.ts) put into the page's IndexedDB as the set-up screens would, what is
 * stored read back straight from IndexedDB (support/sealedSpace.ts), and keyboard helpers.
 */
import type { Page } from 'playwright-core';
import type { InspectionFixture } from '../../fixtures/inspectionFixture';
import { answerRecordsOf, readAnswers } from './answerRecords';
import { readSpaceTable, writeSpaceRecords } from './sealedSpace';

/**
 * Writes the fixture (and, if given, who is scoring on this device) into the test inspector's
 * space, sealed as the app seals it. The app must have opened once on the page, past the
 * protection gate: setting up protection creates the space.
 */
export async function seedInspection(
  page: Page,
  fixture: InspectionFixture,
  options: { scorer?: string } = {},
): Promise<void> {
  const records = answerRecordsOf(fixture.answers);
  await writeSpaceRecords(page, {
    frameworks: [fixture.framework],
    inspections: [fixture.inspection],
    cases: fixture.cases,
    answerValues: records.values,
    answerDetails: records.details,
    ...(options.scorer
      ? { meta: [{ key: `scorer:${fixture.inspection.id}`, value: options.scorer }] }
      : {}),
  });
}

export type StoredAnswer = { value: unknown; note: string; rev: number; by: string };

/** A table's rows as stored (opened with the test inspector's key): what survived, whatever the screen says. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return readSpaceTable<T>(page, store);
}

/** The stored answers of a case, by item id. */
export async function storedAnswers(
  page: Page,
  caseId: string,
): Promise<Record<string, StoredAnswer>> {
  const rows = await readAnswers<StoredAnswer & { caseId: string; itemId: string }>(page);
  return Object.fromEntries(rows.filter((r) => r.caseId === caseId).map((r) => [r.itemId, r]));
}

export function caseUrl(fixture: InspectionFixture, caseIndex = 0): string {
  return `/inspections/${fixture.inspection.id}/cases/${fixture.cases[caseIndex]!.id}`;
}

/** Presses Tab until `matches` holds for the focused element (keyboard only, as a user would). */
export async function tabTo(
  page: Page,
  matches: (el: { tag: string; id: string; text: string; label: string }) => boolean,
  limit = 60,
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const input = a as HTMLInputElement | null;
      return {
        tag: a?.tagName.toLowerCase() ?? '',
        id: a?.id ?? '',
        text: a?.textContent?.trim() ?? '',
        label: input?.labels?.[0]?.textContent?.trim() ?? '',
      };
    });
    if (matches(el)) return;
  }
  throw new Error('tabTo: never reached the element');
}

/** What the screen shows as saved right now: every question whose status says Saved. */
export type ShownAsSaved = { itemId: string; value: string | string[] | null; note: string | null };

export async function shownAsSaved(page: Page): Promise<ShownAsSaved[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-question]:not([data-kept])')]
      .filter((block) => block.querySelector('[data-save-state="saved"]'))
      .map((block) => {
        const checked = [...block.querySelectorAll<HTMLInputElement>('input:checked')].map(
          (i) => i.value,
        );
        const multiple = block.querySelector('input[type=checkbox]') !== null;
        const note = block.querySelector<HTMLTextAreaElement>('textarea[name^="note-"]');
        return {
          itemId: block.dataset.question!,
          value: multiple ? (checked.length ? checked : null) : (checked[0] ?? null),
          note: note ? note.value : null,
        };
      }),
  );
}
