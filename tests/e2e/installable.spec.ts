import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, openApp, waitForServiceWorker } from './support/app';
import { launchBrowser, type Session } from './support/browser';

describe('installing the app', () => {
  let session: Session;
  beforeEach(async () => {
    session = await launchBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  it('has a valid web app manifest with 192, 512 and maskable icons that load', async () => {
    const { page } = session;
    await openApp(page, '/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const response = await page.request.get(new URL(href!, baseUrl()).toString());
    expect(response.ok()).toBe(true);
    const manifest = await response.json();
    expect(manifest).toMatchObject({ name: 'Case Audit', display: 'standalone', start_url: '/' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const sizes = manifest.icons.map(
      (i: { sizes: string; purpose?: string }) => `${i.sizes} ${i.purpose ?? 'any'}`,
    );
    expect(sizes).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of manifest.icons) {
      const img = await page.request.get(new URL(icon.src, baseUrl()).toString());
      expect(img.headers()['content-type']).toBe('image/png');
    }
  });

  it('activates a service worker that controls the page and has precached the whole app', async () => {
    const { page } = session;
    await openApp(page, '/');
    await waitForServiceWorker(page);
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const cacheNames = await caches.keys();
      const urls: string[] = [];
      for (const name of cacheNames) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
      }
      return {
        active: registration?.active?.state,
        controlled: navigator.serviceWorker.controller !== null,
        urls,
      };
    });
    expect(state.active).toBe('activated');
    expect(state.controlled).toBe(true);
    expect(state.urls).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest']));
    // Every screen's code is cached, not only the first one's.
    const scripts = state.urls.filter((u) => u.endsWith('.js'));
    expect(scripts.some((u) => u.includes('Settings'))).toBe(true);
    expect(scripts.some((u) => u.includes('Frameworks'))).toBe(true);
  });
});
