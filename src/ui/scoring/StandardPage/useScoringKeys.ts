import { useLayoutEffect } from 'preact/hooks';
import { isMac, isTextEntry, moveBetweenQuestions } from './shortcuts';

/**
 * Keyboard scoring: 1–9, N and K choose an answer of the focused question; Alt+↓ / Alt+↑ move
 * between questions; Alt+PageDown / Alt+PageUp between standards. Native keys (arrows in radio
 * groups, typing in text boxes) are left alone.
 */
export function useScoringKeys(
  root: { current: HTMLElement | null },
  go: { next: () => void; previous: () => void },
): void {
  // Layout effect: the keys work from the moment the questions are on screen.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || !root.current) return;
      const target = event.target instanceof Element ? event.target : null;
      const typing = isTextEntry(target);
      if (event.altKey && !event.shiftKey) {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          if (typing && isMac()) return;
          event.preventDefault();
          moveBetweenQuestions(root.current, event.key === 'ArrowDown' ? 1 : -1);
        } else if (event.key === 'PageDown' || event.key === 'PageUp') {
          event.preventDefault();
          if (event.key === 'PageDown') go.next();
          else go.previous();
        }
        return;
      }
      if (event.altKey || typing || !target || event.key.length !== 1) return;
      const block = target.closest('[data-question]');
      if (!block || !root.current.contains(block)) return;
      const key = event.key.toUpperCase();
      const input = block.querySelector<HTMLInputElement>(`input[data-shortcut="${key}"]`);
      if (!input || input.disabled) return;
      event.preventDefault();
      input.focus();
      input.click();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [root, go]);
}
