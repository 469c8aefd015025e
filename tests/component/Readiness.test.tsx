/**
 * "Ready for inspection" for a self-audit of 20 complete cases on the 2012 framework, whose
 * published figures ship (tests/component/benchmarksSetup.ts), with two cases of 20 allocated
 * promptly and a register of one recommendation with two open actions and one done.
 *
 * Worked: 18 of 20 not allocated promptly (90%) against the report's 38% (23 of 60): +51.7
 * points. Wilson 95%: 69.9–97.2% and 27.1–51.0%, so Newcombe's interval is
 * 51.7 − √(20.1² + 12.7²) = +27.9 to 51.7 + √(7.2² + 11.2²) = +65.0 points: worse than
 * published (more not allocated) by more than chance, so "Transfer of cases and allocation" is
 * among the standards most at risk. The framework has no rating rules: no standard is rated.
 * Its thirteen standards show at most two figures each, the rest counted under the table.
 */
import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterRecommendation } from '../../src/core';
import { database, useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { applyLanguage } from '../../src/ui/i18n/translate';
import Readiness from '../../src/ui/readiness/Readiness/Readiness';
import { stopFindingsWorker } from '../../src/workers/findingsBridge';
import { storeInspectionFixture } from '../fixtures/inspectionFixture';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';
import { lacAuditFixture } from './benchmarksSetup';

const ID = 'ready';
let n = 0;
const print = vi.fn();

const recommendation: RegisterRecommendation = {
  id: 'r1',
  origin: {
    kind: 'framework-report',
    document: 'Looked After Children (2012)',
    location: 'page 10',
  },
  addressee: 'Youth Offending Team Managers',
  text: 'cases are allocated promptly when a child moves',
  owner: 'Head of service',
  localPosition: '',
  rag: 'amber',
  actions: [
    {
      id: 'a1',
      text: 'Audit allocation times',
      owner: 'Team manager',
      dueDate: '2099-12-31',
      doneOn: null,
    },
    {
      id: 'a2',
      text: 'Agree a protocol with hosts',
      owner: '',
      dueDate: '2020-01-31',
      doneOn: null,
    },
    {
      id: 'a3',
      text: 'Name a transfer lead',
      owner: 'Team manager',
      dueDate: '2020-01-01',
      doneOn: '2020-01-01',
    },
  ],
  evidence: [],
  history: [],
};

beforeEach(async () => {
  useDatabase(new CaseAuditDatabase(`component-readiness-${n++}`, TEST_DATA_KEY));
  const fixture = lacAuditFixture(ID, 'self-audit');
  const index = new Map(fixture.cases.map((c, i) => [c.id, i]));
  const answers = fixture.answers.map((a) =>
    a.itemId === 'alloc-prompt' ? { ...a, value: index.get(a.caseId)! < 2 ? 'yes' : 'no' } : a,
  );
  await storeInspectionFixture(database(), { ...fixture, answers });
  await database().registers.put({
    inspectionId: ID,
    updatedAt: '2026-03-09T09:00:00.000Z',
    recommendations: [recommendation],
  });
  print.mockClear();
  vi.stubGlobal('print', print);
});

afterEach(() => {
  vi.unstubAllGlobals();
  stopFindingsWorker();
  useDatabase(null);
});

async function open(query = '') {
  const user = userEvent.setup();
  window.history.replaceState(null, '', `/inspections/${ID}/ready${query}`);
  render(
    <LocationProvider>
      <Readiness inspectionId={ID} />
    </LocationProvider>,
  );
  await screen.findByRole('heading', { level: 2, name: 'Open actions' }, { timeout: 10_000 });
  return user;
}

function rowOf(text: string): HTMLElement {
  const row = screen.getByText(new RegExp(text)).closest('tr');
  if (!row) throw new Error(`no row for ${text}`);
  return row;
}

describe('ready for inspection', { timeout: 30_000 }, () => {
  it('shows the standards most at risk, with the rule and the worked figure', async () => {
    await open();
    expect(screen.getByRole('heading', { level: 1, name: 'Ready for inspection' })).toBeTruthy();
    expect(screen.getByText(/^Based on 20 complete cases of 20, on /)).toBeTruthy();
    const atRisk = screen.getByRole('region', { name: 'The standards most at risk' });
    expect(
      within(atRisk).getByText(
        'A standard is counted among those most at risk when one of its key figures is worse than the published figure by more than chance would explain (the 95% interval of the difference leaves out 0).',
      ),
    ).toBeTruthy();
    expect(within(atRisk).getByText('Transfer of cases and allocation')).toBeTruthy();
    expect(
      within(atRisk).getByText(
        '“Was the case allocated promptly by the host YOT?” No: 90% (18/20) here, 38% (23/60) published (paragraph 3.4): +52 points (95% interval +28 to +65), worse than published by more than chance would explain.',
      ),
    ).toBeTruthy();
  });

  it('gives each key figure what it counts and its base, beside the published one', async () => {
    await open();
    const table = screen.getByRole('region', { name: 'Standards and key figures' });
    const alloc = within(table).getByText(/^Was the case allocated promptly by the host YOT\?/);
    const row = alloc.closest('tr')!;
    expect(row.textContent).toContain('No: 90% (18/20)');
    expect(row.textContent).toContain('38% (23/60)para 3.4');
    expect(row.textContent).toContain('+52 (+28 to +65)');
    // "Yes", and in words for a screen reader: more than chance would explain.
    expect(row.textContent).toContain('Yes: more than chance would explain');
    expect(within(row).getByText('Worse than published')).toBeTruthy();
    // The framework rates no standard, so the page shows no rating, only the rule's words.
    expect(within(table).queryByText(/^Rating:/)).toBeNull();
    expect(
      within(table).getByText(/This framework has no rating rules, so no standard is rated/),
    ).toBeTruthy();
    expect(within(table).getByText(/Each difference is this audit’s figure minus/)).toBeTruthy();
  });

  it('shows at most two figures a standard, the most telling first, and says how many more', async () => {
    await open();
    const table = screen.getByRole('region', { name: 'Standards and key figures' });
    // Thirteen standards, none with more than two rows.
    const heads = within(table).getAllByRole('rowheader');
    expect(heads).toHaveLength(13);
    expect(heads.every((h) => Number(h.getAttribute('rowspan') ?? 1) <= 2)).toBe(true);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 21);
    // Criminal justice outcomes has no key question: of its published figures, reoffending
    // (Yes: 15% (3/20) against 45% (27/60), −30 points, so 30 better on the adverse side) still
    // outranks one not comparable (no shortfall); its third is left to the findings.
    const reoffending = rowOf('Was there evidence of reoffending');
    expect(reoffending.textContent).toContain('Yes: 15% (3/20)45% (27/60)para 2.3−30 (−46 to −6)');
    expect(reoffending.nextElementSibling?.textContent).toMatch(/^Did the child comply/);
    // A published figure turned to this audit's side says from which words, on its small line.
    const safeguarded = rowOf('Had the child or young person been effectively safeguarded');
    expect(within(safeguarded).getByText('para 2.6, turned from “two-thirds”')).toBeTruthy();
    expect(safeguarded.textContent).toContain('33% (20/60)');
    expect(
      within(table).getByText(
        /^Each standard shows at most 2 figures, its key questions where the framework names them, else its questions with a published figure: the most telling, those worse than published by more than chance would explain first, then those furthest below/,
      ).textContent,
    ).toContain(
      'Not shown here, and in the findings: 1 more figure for Assessment, 3 more for Interventions, 4 more for Reviewing and the risk of harm to others, 1 more for Joint working, 1 more for Criminal justice outcomes.',
    );
    expect(within(table).getByRole('link', { name: 'All the findings' }).getAttribute('href')).toBe(
      `/inspections/${ID}/findings`,
    );
  });

  it('lists the open actions, the overdue one first and flagged in words', async () => {
    await open();
    const actions = screen.getByRole('region', { name: 'Open actions' });
    expect(
      within(actions).getByText('2 open actions, 1 overdue (due before today and not done).'),
    ).toBeTruthy();
    const rows = within(actions).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.firstChild?.textContent)).toEqual([
      'Agree a protocol with hosts',
      'Audit allocation times',
    ]);
    // No owner of its own: the recommendation's.
    expect(rows[0]!.textContent).toContain('Head of service');
    expect(rows[0]!.textContent).toContain('31 January 2020');
    expect(within(rows[0]!).getByText('Overdue')).toBeTruthy();
    expect(within(rows[1]!).queryByText('Overdue')).toBeNull();
    expect(rowOf('Audit allocation times').textContent).toContain('Team manager');
    expect(screen.queryByText('Name a transfer lead')).toBeNull();
  });

  it('lists ten open actions at most, and links to the register for the rest', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      id: `m${i + 1}`,
      text: `Action ${i + 1}`,
      owner: 'Team manager',
      dueDate: `2099-01-${String(i + 1).padStart(2, '0')}`,
      doneOn: null,
    }));
    await database().registers.put({
      inspectionId: ID,
      updatedAt: '2026-03-09T09:00:00.000Z',
      recommendations: [{ ...recommendation, actions: many }],
    });
    await open();
    const actions = screen.getByRole('region', { name: 'Open actions' });
    expect(within(actions).getByText(/^12 open actions, 0 overdue/)).toBeTruthy();
    expect(within(actions).getAllByRole('row')).toHaveLength(1 + 10);
    expect(within(actions).queryByText('Action 11')).toBeNull();
    expect(actions.textContent).toContain('And 2 more in the register.');
    expect(
      within(actions).getByRole('link', { name: 'in the register' }).getAttribute('href'),
    ).toBe(`/inspections/${ID}/register`);
  });

  it('prints the page, and counts all cases when asked', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Print this page' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(
      screen.getByRole('link', { name: 'Count all cases, complete or not' }).getAttribute('href'),
    ).toBe(`/inspections/${ID}/ready?basis=all`);
  });
});

describe('ready for inspection, read in Welsh', { timeout: 30_000 }, () => {
  afterEach(async () => {
    await applyLanguage('en');
  });

  it('says its headings, tables and open actions in Welsh', async () => {
    await applyLanguage('cy');
    window.history.replaceState(null, '', `/inspections/${ID}/ready`);
    render(
      <LocationProvider>
        <Readiness inspectionId={ID} />
      </LocationProvider>,
    );
    const actions = await screen.findByRole(
      'region',
      { name: 'Camau gweithredu agored' },
      { timeout: 10_000 },
    );
    const atRisk = screen.getByRole('region', { name: 'Y safonau sydd fwyaf mewn perygl' });
    expect(
      within(atRisk).getByText(/^Caiff safon ei chyfrif ymhlith y rhai sydd fwyaf mewn perygl pan/),
    ).toBeTruthy();
    expect(screen.getByText(/^Yn seiliedig ar 20 achos cyflawn o 20, ar /)).toBeTruthy();
    expect(screen.getByText(/Nid oes gan y fframwaith hwn reolau sgorio/)).toBeTruthy();
    const table = screen.getByRole('region', { name: 'Safonau a ffigurau allweddol' });
    expect(within(table).getByRole('columnheader', { name: 'Mwy na siawns?' })).toBeTruthy();
    expect(within(table).getAllByText('Yn waeth na’r ffigur cyhoeddedig').length).toBeGreaterThan(
      0,
    );
    expect(
      within(actions).getByText(
        '2 gam gweithredu agored, 1 yn hwyr (i’w cwblhau cyn heddiw a heb eu gwneud).',
      ),
    ).toBeTruthy();
    const rows = within(actions).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('31 Ionawr 2020');
    expect(rows[0]!.textContent).toContain('(statws RAG: Ambr)');
    expect(within(rows[0]!).getByText('Yn hwyr')).toBeTruthy();
    expect(screen.queryByText('Open actions')).toBeNull();
    expect(screen.queryByText('Worse than published')).toBeNull();
    // The reason a standard is at risk: the question and its answers are the framework's words.
    expect(
      within(atRisk).getByText(
        '“Was the case allocated promptly by the host YOT?” No: 90% (18/20) yma, 38% (23/60) wedi’i gyhoeddi (paragraph 3.4): +52 pwynt (cyfwng 95% +28 i +65), yn waeth na’r ffigur cyhoeddedig o fwy nag y byddai siawns yn ei egluro.',
      ),
    ).toBeTruthy();
    expect(
      within(table).getAllByText(/mwy nag y byddai siawns yn ei egluro/).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/more than chance would explain/)).toBeNull();
  });
});
