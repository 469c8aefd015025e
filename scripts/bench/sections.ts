/** The bench's sections, in the order `npm run bench` runs them. */
import { benchAppShell } from './appShell';
import { benchFindingsEngine, findingsEngineJson } from './findings-engine';
import { benchFindingsScreen } from './findings-screen';
import { benchFrameworkDiff } from './frameworkDiff';
import { benchFrameworkEditor } from './frameworkEditor';
import { benchFrameworkWorkbook } from './frameworkWorkbook';
import { benchInspections } from './inspections';
import { benchProtection } from './protection';
import { benchReport } from './report';
import { benchResearchScale } from './researchScale';
import type { Section } from './runSections';
import { benchSampling } from './sampling';
import { benchScoring } from './scoring';
import { benchTeam } from './team';
import { benchTeamServer } from './teamServer';

export const sections: readonly Section[] = [
  { title: 'App shell (production build, headless Chromium)', run: benchAppShell },
  { title: 'Sampling and case lists (Node)', run: benchSampling },
  {
    title: 'Inspection set-up: 50,000-row import and sample (headless Chromium)',
    run: benchInspections,
  },
  {
    title: 'Scoring: answer to committed, keyboard scoring (headless Chromium)',
    run: benchScoring,
  },
  { title: 'Findings engine (Node)', run: benchFindingsEngine, json: findingsEngineJson },
  { title: 'Research extraction: seed 002 at 4,723 cases (Node)', run: benchResearchScale },
  { title: 'Findings screen (headless Chromium)', run: benchFindingsScreen },
  { title: 'Report PDF (headless Chromium)', run: benchReport },
  { title: 'Team work: merging work files (headless Chromium)', run: benchTeam },
  { title: 'Team server: pushes on PGlite and PostgreSQL (Node)', run: benchTeamServer },
  {
    title: 'Framework versions: diff of two 300-question versions (Node)',
    run: benchFrameworkDiff,
  },
  {
    title: 'Framework workbooks: a 300-question .xlsx read and checked (Node), first screen',
    run: benchFrameworkWorkbook,
  },
  {
    title:
      'Framework editor: a keystroke on a 300-question draft → checks shown (headless Chromium)',
    run: benchFrameworkEditor,
  },
  {
    title:
      'Protection: answer commit, findings and unlock, protected and unprotected (headless Chromium)',
    run: benchProtection,
  },
];
