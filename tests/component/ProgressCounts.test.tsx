/**
 * The progress counters say what the screens show: the questions asked for the case (rule
 * true), on the case's task list, the standard's page and check your answers.
 */
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFramework } from '../../src/core';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { setScorer } from '../../src/db/device/identityStore';
import { closeCaseEditors } from '../../src/editing/caseEditor';
import CaseCheck from '../../src/ui/scoring/CaseCheck/CaseCheck';
import CasePage from '../../src/ui/scoring/CasePage/CasePage';
import StandardPage from '../../src/ui/scoring/StandardPage/StandardPage';
import { inspectionFixture, storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { renderRouted } from './scoringSetup';

const loaded = loadFramework(
  readFileSync('audit-frameworks/hmip-lac-placed-away-2012/1.0.1.json', 'utf8'),
);
if (loaded.status !== 'ok') throw new Error('the built-in framework does not load');
const fixture = inspectionFixture({ framework: loaded.value, caseCount: 1 });
const INSPECTION = fixture.inspection.id;
const CASE = fixture.cases[0]!.id;
const path = `/inspections/${INSPECTION}/cases/${CASE}`;

let n = 0;
beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`progress-counts-${n++}`, TEST_DATA_KEY));
  await storeInspectionFixture(database(), fixture);
  await setScorer(INSPECTION, 'ap');
});
afterEach(async () => {
  await closeCaseEditors();
  useDatabase(null);
});

describe('progress on a new case of the 2012 thematic', () => {
  it('counts the 4 questions of "Transfer of cases" it shows, not its 6', async () => {
    renderRouted(
      `${path}/standards/transfer`,
      <StandardPage inspectionId={INSPECTION} caseId={CASE} standardId="transfer" />,
    );
    const counter = await screen.findByTestId('task-progress');
    expect(counter.textContent).toMatch(/^0 of 4 questions answered\./);
    expect(document.querySelectorAll('[data-question]:not([data-kept])')).toHaveLength(4);
  });

  it('says the same on the task list and the check page', async () => {
    renderRouted(path, <CasePage inspectionId={INSPECTION} caseId={CASE} />);
    const link = await screen.findByRole('link', { name: /^Transfer of cases and allocation/ });
    expect(link.closest('li')?.textContent).toContain('0 of 4 questions answered');
    expect(screen.getByTestId('case-progress').textContent).toBe('0 of 68 questions answered');
  });

  it('lists on the check page only the questions asked', async () => {
    renderRouted(`${path}/check`, <CaseCheck inspectionId={INSPECTION} caseId={CASE} />);
    const section = await screen.findByRole('region', {
      name: 'Transfer of cases and allocation',
    });
    expect(within(section).getAllByRole('term')).toHaveLength(4);
    expect(screen.getByTestId('check-progress').textContent).toBe(
      '0 of 68 questions that apply to this case are answered.',
    );
  });
});
