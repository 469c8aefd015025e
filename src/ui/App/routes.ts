import type { AnyComponent } from 'preact';
import { lazy } from 'preact-iso';

/**
 * Every address in the app. Each screen is loaded when first visited; all are precached, so
 * every address works offline and survives a reload.
 */
export type AppRoute = {
  path: string;
  // biome-ignore lint/suspicious/noExplicitAny: screens take their own route params as props.
  component: AnyComponent<any>;
};

export const routes: readonly AppRoute[] = [
  { path: '/', component: lazy(() => import('../Inspections/Inspections')) },
  { path: '/inspections', component: lazy(() => import('../Inspections/Inspections')) },
  // Reports and exports: "import-file" before the inspection's page, as "new" is.
  {
    path: '/inspections/import-file',
    component: lazy(() => import('../Exports/InspectionFileImport')),
  },
  {
    path: '/inspections/:inspectionId/report',
    component: lazy(() => import('../ReportEditor/ReportEditor')),
  },
  {
    path: '/inspections/:inspectionId/report/preview',
    component: lazy(() => import('../ReportPreview/ReportPreview')),
  },
  {
    path: '/inspections/:inspectionId/export',
    component: lazy(() => import('../Exports/Exports')),
  },
  // Setting up an inspection. "new" before the inspection's page: it is not an inspection id.
  { path: '/inspections/new', component: lazy(() => import('../InspectionNew/InspectionNew')) },
  {
    path: '/inspections/:inspectionId',
    component: lazy(() => import('../InspectionOverview/InspectionOverview')),
  },
  {
    path: '/inspections/:inspectionId/edit',
    component: lazy(() => import('../InspectionEdit/InspectionEdit')),
  },
  {
    path: '/inspections/:inspectionId/add-case',
    component: lazy(() => import('../CaseAdd/CaseAdd')),
  },
  {
    path: '/inspections/:inspectionId/import',
    component: lazy(() => import('../CaseListImport/CaseListImport')),
  },
  {
    path: '/inspections/:inspectionId/sample',
    component: lazy(() => import('../Sampling/Sampling')),
  },
  { path: '/inspections/:inspectionId/team', component: lazy(() => import('../Team/Team')) },
  {
    path: '/inspections/:inspectionId/delete',
    component: lazy(() => import('../InspectionDelete/InspectionDelete')),
  },
  // Findings: the figures, a standard's rating (the lead's override), the cases behind a figure
  {
    path: '/inspections/:inspectionId/findings',
    component: lazy(() => import('../Findings/Findings')),
  },
  {
    path: '/inspections/:inspectionId/findings/ratings/:standardId',
    component: lazy(() => import('../Findings/RatingOverride')),
  },
  {
    path: '/inspections/:inspectionId/findings/:itemId',
    component: lazy(() => import('../FindingsCases/FindingsCases')),
  },
  { path: '/frameworks', component: lazy(() => import('../Frameworks/Frameworks')) },
  // Before the framework page: "import" is not a framework key (keys hold "@").
  {
    path: '/frameworks/import',
    component: lazy(() => import('../FrameworkImport/FrameworkImport')),
  },
  {
    path: '/frameworks/:frameworkKey',
    component: lazy(() => import('../FrameworkDetail/FrameworkDetail')),
  },
  { path: '/settings', component: lazy(() => import('../Settings/Settings')) },
  // Scoring a case
  {
    path: '/inspections/:inspectionId/cases/:caseId',
    component: lazy(() => import('../CasePage/CasePage')),
  },
  {
    path: '/inspections/:inspectionId/cases/:caseId/profile',
    component: lazy(() => import('../StandardPage/StandardPage')),
  },
  {
    path: '/inspections/:inspectionId/cases/:caseId/standards/:standardId',
    component: lazy(() => import('../StandardPage/StandardPage')),
  },
  {
    path: '/inspections/:inspectionId/cases/:caseId/check',
    component: lazy(() => import('../CaseCheck/CaseCheck')),
  },
  {
    path: '/inspections/:inspectionId/cases/:caseId/history',
    component: lazy(() => import('../CaseHistory/CaseHistory')),
  },
];
