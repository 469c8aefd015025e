import { lazy } from 'preact-iso';
import { leadTool } from '../../components/InspectionFrame/leadToolGate';
import { leadToolOfRoute } from '../../components/InspectionFrame/leadTools';
import { ownCasesFirst } from '../../components/InspectionFrame/ownCasesFirst';
import { TEAM_ON_THIS_DEVICE } from '../../teamServer/teamAddresses';
/** Erasing the device: from Settings, or while locked by someone who has lost every way in. */
import type { AppRoute } from './appRoute';
import { ERASE_ADDRESS, teamServerRoutes } from './lockedRoutes';

/**
 * Every address in the app. Each screen is loaded when first visited; all are precached, so
 * every address works offline and survives a reload. The lead's tools (see
 * InspectionNav/leadTools.ts) say whose they are first on an inspector's device.
 */

const screens: readonly AppRoute[] = [
  { path: '/', component: lazy(() => import('../../setup/Inspections/Inspections')) },
  { path: '/inspections', component: lazy(() => import('../../setup/Inspections/Inspections')) },
  // Several inspections on the same framework version analysed as one (?ids=a,b)
  { path: '/analysis', component: lazy(() => import('../../findings/Combined/Combined')) },
  {
    path: '/inspections/:inspectionId/report',
    component: lazy(() => import('../../report/ReportEditor/ReportEditor')),
  },
  {
    path: '/inspections/:inspectionId/report/preview',
    component: lazy(() => import('../../report/ReportPreview/ReportPreview')),
  },
  {
    path: '/inspections/:inspectionId/report/release',
    component: lazy(() => import('../../report/NewsRelease/NewsRelease')),
  },
  {
    path: '/inspections/:inspectionId/committee-paper',
    component: lazy(() => import('../../committeePaper/CommitteePaper/CommitteePaper')),
  },
  {
    path: '/inspections/:inspectionId/export',
    component: lazy(() => import('../../report/Exports/Exports')),
  },
  // Team work: one way in for every Case Audit file ("open-file" is not an inspection id)
  { path: '/inspections/open-file', component: lazy(() => import('../../team/OpenFile/OpenFile')) },
  // Setting up an inspection. "new" before the inspection's page: it is not an inspection id.
  {
    path: '/inspections/new',
    component: lazy(() => import('../../setup/InspectionNew/InspectionNew')),
  },
  {
    path: '/inspections/:inspectionId',
    component: ownCasesFirst(
      lazy(() => import('../../setup/InspectionOverview/InspectionOverview')),
    ),
  },
  // On an inspector's device, the one step to the lead's tools
  {
    path: '/inspections/:inspectionId/lead-tools',
    component: lazy(() => import('../../team/LeadTools/LeadTools')),
  },
  {
    path: '/inspections/:inspectionId/edit',
    component: lazy(() => import('../../setup/InspectionEdit/InspectionEdit')),
  },
  {
    path: '/inspections/:inspectionId/add-case',
    component: lazy(() => import('../../setup/CaseAdd/CaseAdd')),
  },
  {
    path: '/inspections/:inspectionId/import',
    component: lazy(() => import('../../setup/CaseListImport/CaseListImport')),
  },
  {
    path: '/inspections/:inspectionId/sample',
    component: lazy(() => import('../../setup/Sampling/Sampling')),
  },
  {
    path: '/inspections/:inspectionId/team',
    component: lazy(() => import('../../setup/Team/Team')),
  },
  {
    path: '/inspections/:inspectionId/delete',
    component: lazy(() => import('../../setup/InspectionDelete/InspectionDelete')),
  },
  {
    path: '/inspections/:inspectionId/framework',
    component: lazy(() => import('../../setup/FrameworkMove/FrameworkMove')),
  },
  // Findings: the figures, a standard's rating (the lead's override), the cases behind a figure
  {
    path: '/inspections/:inspectionId/findings',
    component: lazy(() => import('../../findings/Findings/Findings')),
  },
  // Two audits on the same framework version compared, question by question (?with=<id>)
  {
    path: '/inspections/:inspectionId/compare',
    component: lazy(() => import('../../trend/CompareAudits/CompareAudits')),
  },
  // Ready for inspection: a service's one-page summary (ratings, published figures, open actions)
  {
    path: '/inspections/:inspectionId/ready',
    component: lazy(() => import('../../readiness/Readiness/Readiness')),
  },
  {
    path: '/inspections/:inspectionId/findings/ratings/:standardId',
    component: lazy(() => import('../../findings/Findings/RatingOverride')),
  },
  {
    path: '/inspections/:inspectionId/findings/cross-tab',
    component: lazy(() => import('../../findings/CrossTab/CrossTab')),
  },
  {
    path: '/inspections/:inspectionId/findings/:itemId',
    component: lazy(() => import('../../findings/FindingsCases/FindingsCases')),
  },
  // The recommendations register: the list, and one recommendation ("new" adds one)
  {
    path: '/inspections/:inspectionId/register',
    component: lazy(() => import('../../register/Register/Register')),
  },
  {
    path: '/inspections/:inspectionId/register/:recommendationId',
    component: lazy(() => import('../../register/Recommendation/Recommendation')),
  },
  // Moderation: choosing cases, blind second readings, agreement, comparison and decisions
  {
    path: '/inspections/:inspectionId/moderation',
    component: lazy(() => import('../../moderation/Moderation/Moderation')),
  },
  {
    path: '/inspections/:inspectionId/moderation/choose',
    component: lazy(() => import('../../moderation/ModerationChoose/ModerationChoose')),
  },
  {
    path: '/inspections/:inspectionId/moderation/agreement',
    component: lazy(() => import('../../moderation/ModerationAgreement/ModerationAgreement')),
  },
  {
    path: '/inspections/:inspectionId/moderation/cases/:caseId',
    component: lazy(() => import('../../moderation/ModerationCase/ModerationCase')),
  },
  {
    path: '/inspections/:inspectionId/moderation/cases/:caseId/change',
    component: lazy(() => import('../../moderation/ModerationChange/ModerationChange')),
  },
  {
    path: '/inspections/:inspectionId/moderation/cases/:caseId/decide/:itemId',
    component: lazy(() => import('../../moderation/ModerationCase/ModerationDecision')),
  },
  {
    path: '/inspections/:inspectionId/moderation/second-readings/:caseId',
    component: lazy(() => import('../../moderation/ModerationReading/ModerationReading')),
  },
  {
    path: '/inspections/:inspectionId/moderation/second-readings/:caseId/profile',
    component: lazy(() => import('../../moderation/ModerationReading/SecondReadingStandard')),
  },
  {
    path: '/inspections/:inspectionId/moderation/second-readings/:caseId/standards/:standardId',
    component: lazy(() => import('../../moderation/ModerationReading/SecondReadingStandard')),
  },
  // Team work: packs, work files, merge, conflicts kept for later
  {
    path: '/inspections/:inspectionId/team-work',
    component: lazy(() => import('../../team/TeamWork/TeamWork')),
  },
  {
    path: '/inspections/:inspectionId/team-work/pack',
    component: lazy(() => import('../../team/TeamWork/PackExport')),
  },
  {
    path: '/inspections/:inspectionId/team-work/my-work',
    component: lazy(() => import('../../team/TeamWork/WorkExport')),
  },
  {
    path: '/inspections/:inspectionId/team-work/merge',
    component: lazy(() => import('../../team/MergeWork/MergeWork')),
  },
  {
    path: '/inspections/:inspectionId/team-work/conflicts',
    component: lazy(() => import('../../team/TeamWork/Conflicts')),
  },
  { path: '/frameworks', component: lazy(() => import('../../frameworks/Frameworks/Frameworks')) },
  // The framework editor: a draft's top page, its parts and its preview
  {
    path: '/frameworks/drafts/:draftId',
    component: lazy(() => import('../../frameworks/FrameworkEditor/FrameworkEditor')),
  },
  {
    path: '/frameworks/drafts/:draftId/details',
    component: lazy(() => import('../../frameworks/FrameworkEditor/DetailsPart')),
  },
  {
    path: '/frameworks/drafts/:draftId/scales',
    component: lazy(() => import('../../frameworks/FrameworkEditor/ScalesPart')),
  },
  {
    path: '/frameworks/drafts/:draftId/profile',
    component: lazy(() => import('../../frameworks/FrameworkEditor/ProfilePart')),
  },
  {
    path: '/frameworks/drafts/:draftId/sections',
    component: lazy(() => import('../../frameworks/FrameworkEditor/SectionsPart')),
  },
  {
    path: '/frameworks/drafts/:draftId/sections/:sectionIndex/standards/:standardIndex',
    component: lazy(() => import('../../frameworks/FrameworkEditor/StandardPart')),
  },
  {
    path: '/frameworks/drafts/:draftId/ratings',
    component: lazy(() => import('../../frameworks/FrameworkEditor/RatingsPart')),
  },
  {
    path: '/frameworks/drafts/:draftId/lists',
    component: lazy(() => import('../../frameworks/FrameworkEditor/ListsPart')),
  },
  {
    path: '/frameworks/drafts/:draftId/preview',
    component: lazy(() => import('../../frameworks/FrameworkEditor/DraftPreview')),
  },
  // Before the framework page: "import" is not a framework key (keys hold "@").
  {
    path: '/frameworks/import',
    component: lazy(() => import('../../frameworks/FrameworkImport/FrameworkImport')),
  },
  {
    path: '/frameworks/compare',
    component: lazy(() => import('../../frameworks/FrameworkCompare/FrameworkCompare')),
  },
  {
    path: '/frameworks/drafts/:draftId/publish',
    component: lazy(() => import('../../frameworks/FrameworkPublish/FrameworkPublish')),
  },
  {
    path: '/frameworks/:frameworkKey',
    component: lazy(() => import('../../frameworks/FrameworkDetail/FrameworkDetail')),
  },
  { path: '/settings', component: lazy(() => import('../../settings/Settings/Settings')) },
  // Protection: the passphrase, and erasing every person's data from the device
  {
    path: '/settings/passphrase',
    component: lazy(() => import('../../protection/ChangePassphrase/ChangePassphrase')),
  },
  { path: ERASE_ADDRESS, component: lazy(() => import('../../protection/Erase/Erase')) },
  // Scoring a case
  {
    path: '/inspections/:inspectionId/cases/:caseId',
    component: lazy(() => import('../../scoring/CasePage/CasePage')),
  },
  {
    path: '/inspections/:inspectionId/cases/:caseId/profile',
    component: lazy(() => import('../../scoring/StandardPage/StandardPage')),
  },
  {
    path: '/inspections/:inspectionId/cases/:caseId/standards/:standardId',
    component: lazy(() => import('../../scoring/StandardPage/StandardPage')),
  },
  {
    path: '/inspections/:inspectionId/cases/:caseId/check',
    component: lazy(() => import('../../scoring/CaseCheck/CaseCheck')),
  },
  {
    path: '/inspections/:inspectionId/cases/:caseId/history',
    component: lazy(() => import('../../scoring/CaseHistory/CaseHistory')),
  },
  ...teamServerRoutes,
  // The team page once this device is unlocked: where "Unlock this device to copy it here"
  // leads, so the unlock screen shows first and the team page after.
  {
    path: TEAM_ON_THIS_DEVICE,
    component: lazy(() => import('../../teamServer/TeamServer/TeamServer')),
  },
];

const LeadToolNotice = lazy(() => import('../../team/LeadTools/LeadToolNotice'));

export const routes: readonly AppRoute[] = screens.map((route) =>
  leadToolOfRoute(route.path)
    ? { ...route, component: leadTool(route.component, LeadToolNotice) }
    : route,
);
