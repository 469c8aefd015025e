/// <reference lib="webworker" />
/**
 * The service worker caches the app shell only: every built asset, precached at install.
 * Data never goes through here — it lives in IndexedDB. It waits for the page to ask before
 * taking over, so an update never interrupts an inspector's work.
 */
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

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
