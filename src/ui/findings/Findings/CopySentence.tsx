import { useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/translate';

/**
 * A finding's sentence with a Copy button, for pasting into the report. Where the clipboard is
 * not available (an older browser, a locked-down laptop) the sentence is selected instead, to
 * copy with the keyboard.
 */
export function CopySentence({ sentence, about }: { sentence: string; about: string }) {
  const text = useRef<HTMLSpanElement>(null);
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sentence);
      setSaid(t('findings', 'Copied'));
    } catch {
      const range = document.createRange();
      if (text.current) range.selectNodeContents(text.current);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      setSaid(t('findings', 'Selected: press Ctrl+C (or ⌘C) to copy'));
    }
  };
  return (
    <p class="govuk-body-s ca-findings__sentence">
      <span ref={text}>{sentence}</span>{' '}
      <button
        type="button"
        class="govuk-button govuk-button--secondary ca-findings__copy"
        onClick={() => void copy()}
      >
        {t('findings', 'Copy')}{' '}
        <span class="govuk-visually-hidden">
          {t('findings', 'the sentence about {about}', { about })}
        </span>
      </button>
      <span class="ca-findings__copied" role="status">
        {said}
      </span>
    </p>
  );
}
