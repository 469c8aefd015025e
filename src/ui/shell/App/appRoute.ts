import type { AnyComponent } from 'preact';

/** An address of the app and the screen it shows (routes.ts, lockedRoutes.ts). */
export type AppRoute = {
  path: string;
  // biome-ignore lint/suspicious/noExplicitAny: screens take their own route params as props.
  component: AnyComponent<any>;
};
