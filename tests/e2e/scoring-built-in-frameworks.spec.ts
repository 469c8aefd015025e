/**
 * Every built-in framework can be scored end to end by keyboard, offline: for each, a case is
 * answered question by question (Alt+↓ to the next question, a number key for an option, typing
 * for numbers, dates and text, Alt+PageDown to the next standard), checked and marked complete.
 * What the rules reveal on the way is answered too, so every applicable question is covered.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core';
import { inspectionFixture } from '../fixtures/inspectionFixture';
import { openApp, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { startPreview } from './support/globalSetup';
import { caseUrl, seedInspection, storedAnswers, tabTo } from './support/scoringSeed';

const BUILT_IN = [
  'hmip-lac-placed-away-2012',
  'cssiw-lac-care-planning-2015',
  'hmip-youth-justice-case-supervision',
  'yjb-case-file-2010',
];

type Item = {
  kind: string;
  min?: number;
  max?: number;
};

function builtIn(id: string): Framework {
  const url = new URL(`../../audit-frameworks/${id}/1.0.1.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Framework;
}

function itemsOf(framework: Framework): Map<string, Item> {
  const items = new Map<string, Item>();
  for (const field of framework.profile) items.set(field.id, field);
  for (const section of framework.sections) {
    for (const standard of section.standards) {
      for (const question of standard.questions) items.set(question.id, question);
    }
  }
  return items;
}

describe('scoring a case of every built-in framework by keyboard, offline', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof startPreview>>;
  beforeAll(async () => {
    session = await launchBrowser();
    server = await startPreview();
    await openApp(session.page, '/', server.url);
    await waitForServiceWorker(session.page);
    await session.context.setOffline(true);
  });
  afterAll(async () => {
    await session.close();
    await server.close().catch(() => undefined);
  });

  it.each(BUILT_IN)('%s', async (frameworkId) => {
    const { page } = session;
    const framework = builtIn(frameworkId);
    const items = itemsOf(framework);
    const fixture = inspectionFixture({ framework, id: `insp-${frameworkId}`, caseCount: 1 });
    await seedInspection(page, fixture, { scorer: 'ap' });
    const key = (k: string) => page.keyboard.press(k);
    const focusedHeading = () =>
      page.evaluate(() =>
        document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null,
      );
    /** Waits until focus is on a screen's heading other than `previous`, and returns it. */
    const arriveAfter = async (previous: string | null) => {
      await page.waitForFunction(
        (before) =>
          document.activeElement?.tagName === 'H1' && document.activeElement.textContent !== before,
        previous,
      );
      return (await focusedHeading())!;
    };
    /** Where focus is: the question it is in, or whether it is on the "continue" link. */
    const focus = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return {
          question: active?.closest('[data-question]')?.getAttribute('data-question') ?? null,
          atEnd: active?.hasAttribute('data-continue') === true,
        };
      });

    /** Whether the screen shows an answer to the question (its evidence note aside). */
    const isAnswered = (itemId: string) =>
      page.evaluate((id) => {
        const block = document.querySelector(`[data-question="${id}"]`);
        if (!block) return false;
        if (block.querySelector('input:checked')) return true;
        const fields = block.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
          'input[type=text], textarea',
        );
        return [...fields].some((f) => !f.id.endsWith('-note') && f.value.trim() !== '');
      }, itemId);
    /** Answers the focused question by keyboard, then waits for "Saved". */
    const answer = async (itemId: string) => {
      const item = items.get(itemId)!;
      switch (item.kind) {
        case 'number':
          await page.keyboard.type(String(item.min ?? Math.min(1, item.max ?? 1)));
          break;
        case 'date':
          await page.keyboard.type('3');
          await key('Tab');
          await page.keyboard.type('3');
          await key('Tab');
          await page.keyboard.type('2024');
          break;
        case 'text':
          await page.keyboard.type('Seen on the file.');
          break;
        default:
          await key('1'); // The scale's first option (a choice, or the first box ticked)
      }
      await page.locator(`#${itemId}-status[data-save-state="saved"]`).waitFor();
    };

    await openApp(page, caseUrl(fixture), server.url);
    await page.getByRole('heading', { level: 1, name: 'Case LAC-01-01' }).waitFor();
    await tabTo(page, (el) => el.text === 'Case profile');
    await key('Enter');
    let screen = await arriveAfter('Case LAC-01-01');

    const answered: string[] = [];
    const screens: string[] = [];
    while (screen !== 'Check your answers') {
      screens.push(screen);
      // Passes over the screen until one answers nothing new: an answer can reveal a question
      // a moment after it is saved, once the rules have run on the stored answers.
      for (let newAnswers = -1; newAnswers !== 0; ) {
        newAnswers = 0;
        while ((await focusedHeading()) === null) await key('Alt+ArrowUp');
        for (;;) {
          await key('Alt+ArrowDown');
          const at = await focus();
          if (at.atEnd || at.question === null) break;
          if (await isAnswered(at.question)) continue;
          await answer(at.question);
          answered.push(at.question);
          newAnswers++;
        }
      }
      await key('Alt+PageDown');
      screen = await arriveAfter(screen);
    }

    // Every standard was reached, and what applies is all answered.
    expect(screens.length).toBeGreaterThan(1);
    const progress = (await page.getByTestId('check-progress').textContent()) ?? '';
    const [, done, of] = progress.match(/(\d+) of (\d+) questions/) ?? [];
    expect(done).toBe(of);
    await tabTo(page, (el) => el.text === 'Mark case as complete', 200);
    await key('Enter');
    await page.getByText('Case LAC-01-01 is complete').waitFor();

    const stored = await storedAnswers(page, fixture.cases[0]!.id);
    expect(Object.keys(stored).sort()).toEqual([...new Set(answered)].sort());
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
