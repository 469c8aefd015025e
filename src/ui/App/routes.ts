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
];
