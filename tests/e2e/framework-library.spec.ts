/**
 * The framework library in real Chromium: browse the built-in frameworks, read one, import a
 * hand-made file (and refuse broken ones), export it back byte-for-byte equal in content, and
 * do all of it with the network off after the first visit.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core';
import { builtInFrameworkFiles } from '../fixtures/builtInFrameworkFiles';
import { IMG_LABEL, richFramework, SCRIPT_QUESTION } from '../unit/core/framework/richFramework';
import { axeViolations, expectHeading, openApp, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session, uncaughtErrors } from './support/browser';
import { startPreview } from './support/globalSetup';

const builtIns: Framework[] = builtInFrameworkFiles().map(
  (file) => JSON.parse(readFileSync(file.path, 'utf8')) as Framework,
);

let dir: string;
function writeFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function libraryRows(page: Page): Promise<string[]> {
  await page.getByRole('table').waitFor();
  return page.locator('tbody tr').allTextContents();
}

/** Imports a file through the import screen; resolves on the screen that follows. */
async function importFile(page: Page, path: string, confirm = true) {
  await openApp(page, '/frameworks');
  await page.getByRole('link', { name: 'Import a framework' }).click();
  await page.waitForURL(/\/frameworks\/import$/);
  await page.getByLabel('Upload a framework file').setInputFiles(path);
  await page.getByRole('button', { name: 'Check the file' }).click();
  if (!confirm) return;
  await page.getByRole('button', { name: 'Add to the library' }).click();
}

describe('the framework library', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'case-audit-frameworks-'));
  });
  afterEach(async () => {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the built-in frameworks and shows one in full: questions, rules and ratings', async () => {
    const { page } = session;
    await openApp(page, '/frameworks');
    const rows = await libraryRows(page);
    expect(rows).toHaveLength(builtIns.length);
    expect(rows.every((row) => row.includes('Built in'))).toBe(true);
    expect({ page: 'list', violations: await axeViolations(page) }).toEqual({
      page: 'list',
      violations: [],
    });

    // The richest built-in: one with rating rules if there is one.
    const framework = builtIns.find((f) => f.rating) ?? builtIns[0]!;
    await page
      .getByRole('link', { name: `${framework.title} (version ${framework.version})`, exact: true })
      .click();
    await page.waitForURL(/\/frameworks\/[^/]+%40/);
    await page.getByRole('heading', { level: 1, name: framework.title }).waitFor();
    expect(await page.title()).toBe(`${framework.title} – Case Audit`);

    const questions = framework.sections.flatMap((s) => s.standards.flatMap((t) => t.questions));
    const first = questions[0]!;
    await expect(
      page.locator(`#item-${first.id}`).getByRole('heading', { level: 4 }).textContent(),
    ).resolves.toBe(first.text);
    expect(await page.locator('.ca-item').count()).toBe(
      questions.length + framework.profile.length,
    );
    if (questions.some((q) => q.showWhen) || framework.profile.some((p) => p.showWhen)) {
      const rules = await page.locator('.ca-item__rule').allTextContents();
      expect(rules.length).toBeGreaterThan(0);
      expect(rules.every((r) => r.startsWith('Asked only if “'))).toBe(true);
    }
    if (framework.rating) {
      const bands = page.getByRole('table', {
        name: 'Bands for the percentage of cases with a positive answer',
      });
      expect(await bands.locator('tbody tr').count()).toBe(framework.rating.bands.length);
    }
    expect({ page: 'framework', violations: await axeViolations(page) }).toEqual({
      page: 'framework',
      violations: [],
    });
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('imports a hand-made framework, shows it, and exports exactly what was imported', async () => {
    const { page } = session;
    const file = richFramework();
    const path = writeFile('practice.json', JSON.stringify(file, null, 2));

    await importFile(page, path, false);
    await page.getByRole('heading', { name: 'The file is a valid framework' }).waitFor();
    await page.getByText('Practice audit framework (test)').waitFor();
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await page.getByText('Framework added to the library').waitFor();
    await page.getByRole('link', { name: `Read ${file.title}` }).click();
    await page.waitForURL(/\/frameworks\/practice-audit-test%401\.0\.0$/);
    await expectHeading(page, file.title);

    // Its rules, ratings and glossary, in words and tables.
    await page.getByText('Asked only if “Was the child subject to MAPPA?” is Yes.').waitFor();
    const bands = page.getByRole('table', {
      name: 'Bands for the percentage of cases with a positive answer',
    });
    expect(await bands.locator('tbody tr').allInnerTexts()).toEqual([
      'below 50%\tMinority\tInadequate\t0',
      '50–64%\tToo few\tRequires improvement\t1',
      '65–79%\tReasonable majority\tGood\t2',
      '80% and over\tLarge majority\tOutstanding\t3',
    ]);
    await page.getByRole('heading', { level: 2, name: 'Glossary' }).waitFor();
    await page.getByText('Multi-agency public protection arrangements.').waitFor();

    // Script-like labels are shown as text and never run.
    await page.getByRole('heading', { level: 4, name: SCRIPT_QUESTION }).waitFor();
    expect(await page.getByText(IMG_LABEL, { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    expect(await page.locator('main img, main script').count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('practice-audit-test-1.0.0.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported).toEqual(JSON.parse(readFileSync(path, 'utf8')));

    await openApp(page, '/frameworks');
    const rows = await libraryRows(page);
    expect(rows).toHaveLength(builtIns.length + 1);
    expect(rows.find((r) => r.includes(file.title))).toContain('Imported');

    // The same file again: recognised at the check, with nothing to add.
    await importFile(page, path, false);
    await page.getByRole('heading', { name: 'This framework is already in the library' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add to the library' }).count()).toBe(0);
    await openApp(page, '/frameworks');
    expect(await libraryRows(page)).toHaveLength(builtIns.length + 1);
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('refuses broken files with every problem named, and leaves the library unchanged', async () => {
    const { page } = session;
    await openApp(page, '/frameworks');
    const before = await libraryRows(page);

    const broken = JSON.parse(JSON.stringify(richFramework()));
    broken.year = 'twenty twenty-four';
    broken.sections[0].standards[0].questions[0].kind = 'essay';
    broken.sections[0].standards[0].questions[1].showWhen = { profile: 'nope', equals: 'yes' };
    await importFile(page, writeFile('broken.json', JSON.stringify(broken)), false);
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await summary.locator('li').allTextContents()).toEqual([
      'year: expected a number, found text',
      'sections[0].standards[0].questions[0].kind: must be one of: "judgement", "rating", "choice", "multichoice", "number", "date", "text", found "essay"',
    ]);
    expect(await page.title()).toBe('Error: Import a framework – Case Audit');
    expect({ page: 'import with errors', violations: await axeViolations(page) }).toEqual({
      page: 'import with errors',
      violations: [],
    });

    // Once the shape is right, the rules that need the whole file are checked.
    broken.year = 2024;
    broken.sections[0].standards[0].questions[0].kind = 'judgement';
    await page
      .getByLabel('Upload a framework file')
      .setInputFiles(writeFile('broken-rule.json', JSON.stringify(broken)));
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page
      .getByText(
        'sections[0].standards[0].questions[1].showWhen.profile: refers to a profile field "nope" that this framework does not have',
      )
      .waitFor();

    // Binary junk and an oversized file: a clear message, no crash.
    const junk = join(dir, 'photo.json');
    writeFileSync(junk, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    await page.getByLabel('Upload a framework file').setInputFiles(junk);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText(/^\(the whole file\): is not valid JSON at line 1, column 1/).waitFor();
    await page.getByLabel('Upload a framework file').setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(5 * 1024 * 1024, 0x20),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page
      .getByText('(the whole file): is 5.0 MB; a framework file can be at most 4.0 MB')
      .waitFor();

    await openApp(page, '/frameworks');
    expect(await libraryRows(page)).toEqual(before);
    expect(uncaughtErrors(page)).toEqual([]);
  });

  it('opens the library and a framework with the network off, after one visit', async () => {
    const { page, context } = session;
    const server = await startPreview();
    try {
      const file = richFramework();
      const path = writeFile('practice.json', JSON.stringify(file));
      await openApp(page, '/frameworks', server.url);
      await waitForServiceWorker(page);
      await openApp(page, '/frameworks/import', server.url);
      await page.getByLabel('Upload a framework file').setInputFiles(path);
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByRole('button', { name: 'Add to the library' }).click();
      await page.getByText('Framework added to the library').waitFor();

      await context.setOffline(true);
      await server.close();

      await openApp(page, '/frameworks', server.url);
      expect(await libraryRows(page)).toHaveLength(builtIns.length + 1);
      await openApp(page, '/frameworks/practice-audit-test%401.0.0', server.url);
      await page.getByRole('heading', { level: 1, name: file.title }).waitFor();
      await page.getByText('Asked only if “Was the child subject to MAPPA?” is Yes.').waitFor();
      const builtIn = builtIns[0]!;
      await openApp(
        page,
        `/frameworks/${encodeURIComponent(`${builtIn.id}@${builtIn.version}`)}`,
        server.url,
      );
      await page.getByRole('heading', { level: 1, name: builtIn.title }).waitFor();
      await page.goto(`${server.url}/frameworks/no-such-framework%401.0.0`);
      await expectHeading(page, 'Framework not found');
      expect(uncaughtErrors(page)).toEqual([]);
    } finally {
      await server.close().catch(() => undefined);
    }
  });

  it('renders a framework of 300 questions at once', async () => {
    const { page } = session;
    const base = richFramework();
    const big: Framework = {
      ...base,
      id: 'big-framework',
      title: 'A framework of 300 questions',
      rating: undefined,
      sections: Array.from({ length: 10 }, (_, s) => ({
        id: `s${s}`,
        title: `Section ${s + 1}`,
        standards: Array.from({ length: 3 }, (_, t) => ({
          id: `s${s}-t${t}`,
          title: `Standard ${s + 1}.${t + 1}`,
          questions: Array.from({ length: 10 }, (_, q) => ({
            id: `q-${s}-${t}-${q}`,
            text: `Question ${s}.${t}.${q}: was the work sufficient?`,
            kind: 'judgement' as const,
            scale: 'sufficiency',
            key: q === 0,
            guidance: 'Consider the record.\n\nAnd the interview.',
            prompts: ['First prompt', 'Second prompt'],
            showWhen: q > 0 ? { question: `q-${s}-${t}-0`, equals: 'sufficient' } : undefined,
          })),
        })),
      })),
    };
    const path = writeFile('big.json', JSON.stringify(big));
    await importFile(page, path);
    await page.getByText('Framework added to the library').waitFor();
    const started = Date.now();
    await page.getByRole('link', { name: `Read ${big.title}` }).click();
    await page.locator('#item-q-9-2-9').waitFor();
    const elapsed = Date.now() - started;
    expect(await page.locator('.ca-item').count()).toBe(300 + big.profile.length);
    // Generous: a plain document of 300 questions shows well within a second on a laptop.
    expect(elapsed).toBeLessThan(3000);
    expect(uncaughtErrors(page)).toEqual([]);
  });
});
