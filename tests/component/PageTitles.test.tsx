/**
 * Browsers keep every page title in their history, in plain text, outside anything Case Audit
 * protects: a title names the screen, never a case reference or an inspection's name.
 */
import { cleanup, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { database } from '../../src/db/connection';
import ModerationReading from '../../src/ui/moderation/ModerationReading/ModerationReading';
import SecondReadingStandard from '../../src/ui/moderation/ModerationReading/SecondReadingStandard';
import CaseCheck from '../../src/ui/scoring/CaseCheck/CaseCheck';
import CaseHistory from '../../src/ui/scoring/CaseHistory/CaseHistory';
import CasePage from '../../src/ui/scoring/CasePage/CasePage';
import StandardPage from '../../src/ui/scoring/StandardPage/StandardPage';
import InspectionOverview from '../../src/ui/setup/InspectionOverview/InspectionOverview';
import Team from '../../src/ui/setup/Team/Team';
import {
  closeModeration,
  freshModeration,
  CASE as MODERATED_CASE,
  renderAt,
} from './moderationSetup';
import { CASE, closeCase, fixture, freshCase, INSPECTION, renderRouted } from './scoringSetup';

const INSPECTION_NAME = 'Northtown thematic, spring fieldwork';
const REF = fixture.cases[0]!.ref;

/** A distinctive inspection name, so a title holding it cannot pass by chance. */
async function nameTheInspection(): Promise<void> {
  const inspection = (await database().inspections.get(INSPECTION))!;
  await database().inspections.put({ ...inspection, title: INSPECTION_NAME });
}

async function titleOnceShown(
  render: (children: ComponentChildren) => unknown,
  screenOf: ComponentChildren,
  heading: string | RegExp,
  expected: string,
): Promise<string> {
  document.title = 'Case Audit';
  render(screenOf);
  await screen.findByRole('heading', { level: 1, name: heading });
  await waitFor(() => expect(document.title).toBe(expected));
  return document.title;
}

describe('page titles', () => {
  afterEach(async () => {
    await closeCase();
    await closeModeration();
  });

  it('name the case screens, never the case reference or the inspection', async () => {
    await freshCase();
    await nameTheInspection();
    const base = `/inspections/${INSPECTION}/cases/${CASE}`;
    const at = (path: string) => (children: ComponentChildren) => renderRouted(path, children);
    const screens: [string, ComponentChildren, string | RegExp, string][] = [
      [
        base,
        <CasePage inspectionId={INSPECTION} caseId={CASE} />,
        `Case ${REF}`,
        'Case – Case Audit',
      ],
      [
        `${base}/standards/assessment`,
        <StandardPage inspectionId={INSPECTION} caseId={CASE} standardId="assessment" />,
        'Assessment',
        'Answer questions: Assessment – Case Audit',
      ],
      [
        `${base}/check`,
        <CaseCheck inspectionId={INSPECTION} caseId={CASE} />,
        /Check your answers/,
        'Check your answers – Case Audit',
      ],
      [
        `${base}/history`,
        <CaseHistory inspectionId={INSPECTION} caseId={CASE} />,
        /History of changes/,
        'History of changes – Case Audit',
      ],
      [
        `/inspections/${INSPECTION}`,
        <InspectionOverview inspectionId={INSPECTION} />,
        INSPECTION_NAME,
        'Inspection – Case Audit',
      ],
      [
        `/inspections/${INSPECTION}/team`,
        <Team inspectionId={INSPECTION} />,
        'Team and assignment',
        'Team and assignment – Case Audit',
      ],
    ];
    for (const [path, shown, heading, expected] of screens) {
      const title = await titleOnceShown(at(path), shown, heading, expected);
      expect(title).not.toContain(REF);
      expect(title).not.toContain(INSPECTION_NAME);
      cleanup();
    }
  });

  it('name the second reading, never its case’s reference', async () => {
    await freshModeration();
    const base = `/inspections/${INSPECTION}/moderation/second-readings/${MODERATED_CASE}`;
    const at = (path: string) => (children: ComponentChildren) => renderAt(path, children);
    const overview = await titleOnceShown(
      at(base),
      <ModerationReading inspectionId={INSPECTION} caseId={MODERATED_CASE} />,
      /./,
      'Second reading – Case Audit',
    );
    expect(overview).not.toContain(REF);
    cleanup();
    const standard = await titleOnceShown(
      at(`${base}/standards/assessment`),
      <SecondReadingStandard
        inspectionId={INSPECTION}
        caseId={MODERATED_CASE}
        standardId="assessment"
      />,
      'Assessment',
      'Second reading: Assessment – Case Audit',
    );
    expect(standard).not.toContain(REF);
  });
});
