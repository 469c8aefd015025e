/**
 * Moving focus to something that has just appeared, so keyboard and screen reader users are
 * taken to it rather than left on the page's body: a heading, or a success banner (as
 * govuk-frontend's notification banner does, it holds `tabindex="-1"` only while focused).
 */

/** Focuses an element, making it focusable for as long as it holds focus if it is not already. */
export function focusElement(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus();
}

/**
 * Focuses what `find` returns as soon as it returns something (screens redraw after their
 * live data changes, a moment after the click). Gives up after `timeoutMs`, or if the user
 * moves focus somewhere themselves meanwhile.
 */
export function focusWhenShown(find: () => HTMLElement | null, timeoutMs = 5_000): void {
  const from = document.activeElement;
  const userMoved = () => {
    const active = document.activeElement;
    return active !== null && active !== document.body && active !== from && active.isConnected;
  };
  const attempt = (): boolean => {
    if (userMoved()) return true;
    const target = find();
    if (!target) return false;
    focusElement(target);
    return true;
  };
  if (attempt()) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (!attempt()) return;
    observer.disconnect();
    clearTimeout(timer);
  });
  timer = setTimeout(() => observer.disconnect(), timeoutMs);
  observer.observe(document.body, { childList: true, subtree: true });
}
