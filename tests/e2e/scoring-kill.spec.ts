/**
 * The kill test: whatever the screen showed as "Saved" survives the browser being killed
 * (SIGKILL, as a crash or a power cut would) at any moment — right after a click, in the middle
 * of typing, while a note waits for its debounce, during a move to the next standard, after a
 * burst of clicks — and the app opens normally afterwards, back on the case, saying so.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { syntheticFramework } from '../fixtures/syntheticFramework';
import { openApp } from './support/app';
import {
  type KillableSession,
  launchKillableBrowser,
  makeProfileDir,
  uncaughtErrors,
} from './support/browser';
import {
  caseUrl,
  readStore,
  type ShownAsSaved,
  seedInspection,
  shownAsSaved,
  storedAnswers,
} from './support/scoringSeed';

const ROUNDS = 21;
const fixture = inspectionFixture({ framework: syntheticFramework(3, 6), caseCount: 1 });
const CASE = fixture.cases[0]!.id;
const VALUES = new Set(['yes', 'no', 'na', 'not_known', null]);

type KillPoint = {
  name: string;
  /** Acts on a standard screen; resolves when it is time to kill. `typing` names a note still being typed. */
  act: (page: KillableSession['page'], round: number) => Promise<{ typing?: string }>;
};

const blocks = (page: KillableSession['page']) => page.locator('[data-question]:not([data-kept])');

async function radio(page: KillableSession['page'], round: number, offset: number) {
  const count = await blocks(page).count();
  const block = blocks(page).nth((round * 7 + offset * 3) % count);
  const options = block.locator('input[type=radio]');
  return options.nth((round + offset) % (await options.count()));
}

async function note(page: KillableSession['page'], round: number) {
  const count = await blocks(page).count();
  const block = blocks(page).nth((round * 5) % count);
  return {
    locator: block.locator('textarea'),
    itemId: (await block.getAttribute('data-question'))!,
  };
}

const killPoints: KillPoint[] = [
  {
    name: 'right after a click',
    act: async (page, r) => {
      await (await radio(page, r, 0)).click();
      return {};
    },
  },
  {
    name: 'in the middle of typing a note',
    act: async (page, r) => {
      const { locator, itemId } = await note(page, r);
      await locator.focus();
      void page.keyboard
        .type(` typed in round ${r}, still typing`, { delay: 25 })
        .catch(() => undefined);
      await page.waitForTimeout(120 + (r % 4) * 90);
      return { typing: itemId };
    },
  },
  {
    name: 'while a note waits for its debounce',
    act: async (page, r) => {
      const { locator } = await note(page, r);
      await locator.fill(`Evidence seen on page ${r + 3}`);
      await page.waitForTimeout(60 + (r % 3) * 60);
      return {};
    },
  },
  {
    name: 'once everything says Saved',
    act: async (page, r) => {
      await (await radio(page, r, 1)).click();
      const { locator } = await note(page, r + 1);
      await locator.fill(`Checked in round ${r}`);
      await locator.blur();
      await page.waitForFunction(
        () => document.querySelectorAll('[data-save-state="saving"]').length === 0,
      );
      return {};
    },
  },
  {
    name: 'right after a shortcut key',
    act: async (page, r) => {
      const first = await radio(page, r, 2);
      await first.focus();
      await page.keyboard.press(['1', '2', 'n', 'k'][r % 4]!);
      return {};
    },
  },
  {
    name: 'while moving to the next standard',
    act: async (page, r) => {
      await (await radio(page, r, 3)).click();
      await page.keyboard.press('Alt+PageDown');
      return {};
    },
  },
  {
    name: 'after a burst of clicks',
    act: async (page, r) => {
      for (let i = 0; i < 5; i++) await (await radio(page, r, 4 + i)).click();
      return {};
    },
  },
];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

describe('killing the browser while scoring', () => {
  const profile = makeProfileDir();
  afterAll(() => profile.remove());

  it(`keeps every answer shown as Saved, over ${ROUNDS} kills at different moments`, async () => {
    let expected: ShownAsSaved[] = [];
    let typingNote: string | undefined;
    let checkedAnswers = 0;
    const report: string[] = [];

    for (let round = 0; round <= ROUNDS; round++) {
      const session = await launchKillableBrowser(profile.dir);
      const { page } = session;
      try {
        await openApp(page, '/');
        if (round === 0) {
          await seedInspection(page, fixture, { scorer: 'ap' });
          await openApp(page, caseUrl(fixture));
        } else {
          // The app opens normally, goes back to the case and says so.
          await page.waitForURL((url) => url.pathname === caseUrl(fixture), { timeout: 15_000 });
          await page.getByText(/^Restored your work on LAC-01-01/).waitFor({ timeout: 10_000 });
          await page.getByRole('heading', { level: 1, name: 'Case LAC-01-01' }).waitFor();

          // Every answer the screen had shown as Saved is stored, unchanged.
          const stored = await storedAnswers(page, CASE);
          for (const shown of expected) {
            const answer = stored[shown.itemId];
            expect(answer, `round ${round}: ${shown.itemId} lost`).toBeDefined();
            expect(same(answer!.value, shown.value), `round ${round}: ${shown.itemId} value`).toBe(
              true,
            );
            if (shown.note !== null) {
              // A note still being typed at the kill may have been saved further on.
              if (shown.itemId === typingNote)
                expect(answer!.note.startsWith(shown.note)).toBe(true);
              else expect(answer!.note, `round ${round}: ${shown.itemId} note`).toBe(shown.note);
            }
            checkedAnswers++;
          }
          // Nothing is corrupted: every stored answer is well formed and has its history.
          const history = await readStore<{ caseId: string; itemId: string; rev: number }>(
            page,
            'answerHistory',
          );
          for (const [itemId, answer] of Object.entries(stored)) {
            expect(
              VALUES.has(answer.value as string | null),
              `${itemId} value ${answer.value}`,
            ).toBe(true);
            expect(typeof answer.note).toBe('string');
            expect(Number.isInteger(answer.rev) && answer.rev >= 1).toBe(true);
            expect(answer.by).toBe('ap');
            expect(history.some((h) => h.itemId === itemId && h.rev === answer.rev)).toBe(true);
          }
        }
        if (round === ROUNDS) {
          expect(uncaughtErrors(page)).toEqual([]);
          await session.close();
          break;
        }

        // Score: go to a standard, act, and kill at this round's moment.
        const point = killPoints[round % killPoints.length]!;
        const standard = `Standard ${(round % 3) + 1}`;
        await page.getByRole('link', { name: standard, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: standard }).waitFor();
        const { typing } = await point.act(page, round);
        expected = await shownAsSaved(page);
        typingNote = typing;
        if (point.name === 'once everything says Saved') {
          // Nothing in flight: what was just answered is among what the screen shows as saved.
          expect(expected.length).toBeGreaterThan(0);
        }
        expect(uncaughtErrors(page)).toEqual([]);
        report.push(`${round}: ${point.name} — ${expected.length} shown as saved`);
        await session.kill();
      } catch (error) {
        await session.kill();
        throw error;
      }
    }
    console.log(
      `kill test: ${ROUNDS} kills, ${checkedAnswers} saved answers checked\n${report.join('\n')}`,
    );
    expect(checkedAnswers).toBeGreaterThanOrEqual(ROUNDS);
  }, 300_000);
});
