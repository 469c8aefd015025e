/**
 * Shared set-up for the framework versions screens' component tests: a fresh database per test
 * holding version 1.0.0 of a small framework, its next version 2.0.0 (one question renamed, one
 * answer code renamed, one question added, one reworded), and an inspection on 1.0.0 with two
 * cases that answered it. Screens render at an address inside a router.
 */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import type { Framework } from '../../src/core';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { neutralScale, question, withQuestions, yesNoScale } from '../fixtures/frameworkBuilder';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

const levels = neutralScale('levels', { low: 'Low', high: 'High' });
const renamedLevels = neutralScale('levels', { low: 'Low', raised: 'High' });

export function versionOne(): Framework {
  return withQuestions(
    [
      question('q1', 'Was the child seen?', { key: true }),
      { id: 'q2', text: 'Level of need', kind: 'choice', scale: 'levels' },
      question('q3', 'Was the plan reviewed?'),
    ],
    { id: 'versions-test', title: 'Versions test framework', scales: [yesNoScale, levels] },
  );
}

export function versionTwo(): Framework {
  return withQuestions(
    [
      question('q1', 'Was the child seen alone?', { key: true }),
      { id: 'q2-need', text: 'Level of need', kind: 'choice', scale: 'levels' },
      question('q3', 'Was the plan reviewed?'),
      question('q4', 'Was the child’s view recorded?'),
    ],
    {
      id: 'versions-test',
      version: '2.0.0',
      title: 'Versions test framework',
      scales: [yesNoScale, renamedLevels],
    },
  );
}

export const V1 = 'versions-test@1.0.0';
export const V2 = 'versions-test@2.0.0';
export const INSPECTION = 'insp-1';

let n = 0;

/** A fresh database with both versions and the inspection on 1.0.0 (two cases answered). */
export async function freshVersions(options: { withV2?: boolean } = {}): Promise<void> {
  useDatabase(new CaseAuditDatabase(`component-versions-${n++}`, TEST_DATA_KEY));
  const fixture = inspectionFixture({ framework: versionOne(), caseCount: 2 });
  const answer = (caseId: string, itemId: string, value: string) => ({
    caseId,
    inspectionId: INSPECTION,
    itemId,
    value,
    note: '',
    rev: 1,
    at: '2026-03-02T10:00:00.000Z',
    by: 'ap',
    device: 'device-a',
  });
  const [one, two] = fixture.cases;
  await storeInspectionFixture(database(), {
    ...fixture,
    answers: [
      answer(one!.id, 'q1', 'yes'),
      answer(one!.id, 'q2', 'high'),
      answer(one!.id, 'q3', 'no'),
      answer(two!.id, 'q1', 'no'),
      answer(two!.id, 'q2', 'low'),
    ],
  });
  if (options.withV2 !== false) {
    const v2 = versionTwo();
    await database().frameworks.put({
      ...fixture.framework,
      key: V2,
      version: '2.0.0',
      framework: v2,
      hash: 'abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789',
      publishedAt: '2026-04-01T09:00:00.000Z',
    });
  }
}

export function closeVersions(): void {
  useDatabase(null);
}

export function renderAt(path: string, children: ComponentChildren) {
  window.history.replaceState(null, '', path);
  return render(<LocationProvider>{children}</LocationProvider>);
}
