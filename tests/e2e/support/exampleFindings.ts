/**
 * The example inspection's findings, offline: the app installed, the network cut, the example
 * loaded and its findings open. Where the findings journeys start.
 */
import { expectHeading, openApp, waitForServiceWorker } from './app';
import type { Session } from './browser';

export const EXAMPLE_TITLE =
  'Example: looked-after children placed away from home (synthetic data)';

/** Opens the example's findings with no network; resolves to the findings address. */
export async function openExampleFindingsOffline(session: Session): Promise<string> {
  const { page, context } = session;
  await openApp(page, '/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Load an example inspection' }).click();
  await page.getByText('The example inspection was loaded').waitFor();
  await page.getByRole('link', { name: EXAMPLE_TITLE }).first().click();
  await expectHeading(page, EXAMPLE_TITLE);
  const url = new URL(page.url());
  const findings = `${url.origin}${url.pathname}/findings`;
  await page.goto(findings);
  await expectHeading(page, 'Findings');
  return findings;
}
