/**
 * The framework editor's screens under a router, on a fresh database with one draft, as the
 * app shows them: following a link or a problem moves between the editor's parts.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { expect } from 'vitest';
import type { Framework } from '../../src/core';
import { useDatabase } from '../../src/db/connection';
import { CaseAuditDatabase } from '../../src/db/database';
import { createDraft, getDraft, saveDraft } from '../../src/db/frameworks/frameworkDrafts';
import DetailsPart from '../../src/ui/frameworks/FrameworkEditor/DetailsPart';
import DraftPreview from '../../src/ui/frameworks/FrameworkEditor/DraftPreview';
import FrameworkEditor from '../../src/ui/frameworks/FrameworkEditor/FrameworkEditor';
import ListsPart from '../../src/ui/frameworks/FrameworkEditor/ListsPart';
import ProfilePart from '../../src/ui/frameworks/FrameworkEditor/ProfilePart';
import RatingsPart from '../../src/ui/frameworks/FrameworkEditor/RatingsPart';
import ScalesPart from '../../src/ui/frameworks/FrameworkEditor/ScalesPart';
import SectionsPart from '../../src/ui/frameworks/FrameworkEditor/SectionsPart';
import StandardPart from '../../src/ui/frameworks/FrameworkEditor/StandardPart';
import { TEST_DATA_KEY } from '../fixtures/testDataKey';

let n = 0;

export function freshDatabase(): void {
  useDatabase(new CaseAuditDatabase(`framework-editor-${n++}`, TEST_DATA_KEY));
}

/** A new draft holding `framework` (saved once over the blank one). */
export async function draftOf(framework: Framework): Promise<string> {
  const record = await createDraft({ kind: 'new' });
  await saveDraft(record.draftId, framework, record.revision);
  return record.draftId;
}

export async function storedFramework(draftId: string): Promise<Framework> {
  const record = await getDraft(draftId);
  if (!record) throw new Error('no draft');
  return record.framework;
}

const base = '/frameworks/drafts/:draftId';

/** Renders the editor at `path` (the address bar follows the router). */
export async function openEditor(path: string) {
  window.history.replaceState(null, '', path);
  const view = render(
    <LocationProvider>
      <Router>
        <Route path={base} component={FrameworkEditor} />
        <Route path={`${base}/details`} component={DetailsPart} />
        <Route path={`${base}/scales`} component={ScalesPart} />
        <Route path={`${base}/profile`} component={ProfilePart} />
        <Route path={`${base}/sections`} component={SectionsPart} />
        <Route
          path={`${base}/sections/:sectionIndex/standards/:standardIndex`}
          component={StandardPart}
        />
        <Route path={`${base}/ratings`} component={RatingsPart} />
        <Route path={`${base}/lists`} component={ListsPart} />
        <Route path={`${base}/preview`} component={DraftPreview} />
      </Router>
    </LocationProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  return view;
}

/** Resolves once the draft's save status says it is saved. */
export async function saved(): Promise<void> {
  await waitFor(() => expect(screen.getByTestId('draft-save-state').textContent).toBe('Saved'), {
    timeout: 3_000,
  });
}
