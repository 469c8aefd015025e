/**
 * Keyboard shortcuts of the answering screen. Choice keys act on the question that has focus,
 * and never while a text box has focus (digits and letters are typed there). Question and
 * standard keys use Alt, which typing does not need; on a Mac, Option+arrows move the caret
 * inside text, so there they work only outside text boxes.
 */
import type { AnswerChoice } from '../../../core';

/** The key that picks a choice: 1–9 for the scale's options, N for N/A, K for not known. */
export function shortcutKey(choice: AnswerChoice, position: number): string | undefined {
  if (choice.special === 'not-applicable') return 'N';
  if (choice.special === 'not-known') return 'K';
  return position < 9 ? String(position + 1) : undefined;
}

export function isTextEntry(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) {
    return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      element.type,
    );
  }
  return element instanceof HTMLElement && element.isContentEditable;
}

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform ?? '');
}

const QUESTION = '[data-question]:not([data-kept])';

/** The control a question's focus goes to: the chosen option, else its first field. */
export function focusQuestion(block: Element): boolean {
  const target =
    block.querySelector<HTMLElement>('input[type=radio]:checked:not(:disabled)') ??
    block.querySelector<HTMLElement>(
      'input:not(:disabled):not([type=hidden]), textarea:not(:disabled), select:not(:disabled)',
    );
  if (!target) return false;
  target.focus({ preventScroll: true });
  block.scrollIntoView?.({ block: 'start' });
  return true;
}

/** Moves focus to the next (1) or previous (-1) question on the screen. */
export function moveBetweenQuestions(root: ParentNode, delta: 1 | -1): void {
  const blocks = [...root.querySelectorAll(QUESTION)];
  if (blocks.length === 0) return;
  const active = document.activeElement;
  let current = blocks.findIndex((b) => b.contains(active));
  if (current === -1 && active) {
    // Focus is between questions (the heading, a link): count from where it is.
    const after = blocks.findIndex(
      (b) => active.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    current = after === -1 ? blocks.length : after - (delta > 0 ? 1 : 0);
  }
  const next = blocks[current + delta];
  if (next) {
    focusQuestion(next);
    return;
  }
  const fallback =
    delta > 0
      ? root.querySelector<HTMLElement>('[data-continue]')
      : root.querySelector<HTMLElement>('h1');
  if (fallback) {
    if (!fallback.hasAttribute('tabindex') && fallback.tagName === 'H1') {
      fallback.setAttribute('tabindex', '-1');
    }
    fallback.focus();
  }
}
