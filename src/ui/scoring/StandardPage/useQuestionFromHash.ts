import { useEffect } from 'preact/hooks';
import { focusQuestion } from './shortcuts';

/**
 * Arriving at a question's address (`…#question`, from "Answer" on a check page): focus that
 * question, after the page's own focus has settled. With no question in the address, `onNone`.
 */
export function useQuestionFromHash(url: string, onNone?: () => void) {
  const hash = url.includes('#') ? url.slice(url.indexOf('#') + 1) : '';
  useEffect(() => {
    if (!hash) {
      onNone?.();
      return;
    }
    const handle = setTimeout(() => {
      const block = document.getElementById(hash);
      if (block) focusQuestion(block);
    }, 60);
    return () => clearTimeout(handle);
  }, [hash]);
}
