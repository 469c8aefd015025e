/// <reference lib="webworker" />
/**
 * The service worker caches the app shell only: every built asset, precached at install.
 * Data never goes through here — it lives in IndexedDB. A new version waits for the page to
 * ask before taking over, so an update never interrupts an inspector's work.
 */
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every in-app address is the single-page shell; the router takes it from there.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));

// Once active, look after the pages no worker controls yet — above all the tab of the first
// visit — so it keeps working offline without a reload. This never swaps an update in: a new
// version activates only when the page asks (below) or no tab still uses the old one, and the
// pages an old version controlled pass to the new one by activation itself, not by claiming.
clientsClaim();

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
