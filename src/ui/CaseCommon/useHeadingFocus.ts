import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';

/**
 * After moving to a case screen, the layout puts focus on the page's heading — but a screen that
 * is still loading (its code, or its data) has no heading yet, and focus ends on the main area or
 * nowhere. Once this screen's heading is there, focus moves to it, so screen reader and keyboard
 * users start from it. Only after a move within the app: on a first page load nothing is
 * focused (the skip link stays first).
 */
export function useHeadingFocus(ready: boolean): void {
  // preact-iso tells whether the last move was a link or route() (not typed in its .d.ts).
  const { wasPush } = useLocation() as ReturnType<typeof useLocation> & { wasPush?: boolean };
  useEffect(() => {
    if (!ready || !wasPush) return;
    const handle = requestAnimationFrame(() => {
      const main = document.getElementById('main-content');
      const active = document.activeElement;
      if (!main || (active !== main && active !== document.body && active !== null)) return;
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    });
    return () => cancelAnimationFrame(handle);
  }, [ready, wasPush]);
}
