import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/translate';

/**
 * A table that may be wider than the screen: it scrolls sideways, the keyboard can scroll it,
 * and while part of it is out of sight it says so above the table and shades the hidden edge,
 * so no column is lost without a cue. A named group rather than a region, so a page of many
 * tables adds no landmarks.
 */
export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState({ left: false, right: false });
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const right = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      const left = box.scrollLeft > 1;
      setHidden((was) => (was.left === left && was.right === right ? was : { left, right }));
    };
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    // jsdom has no ResizeObserver; there the table never overflows.
    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => measure());
    observer?.observe(box);
    if (box.firstElementChild) observer?.observe(box.firstElementChild);
    return () => {
      box.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);
  const overflowing = hidden.left || hidden.right;
  const classes = [
    'ca-findings__scroll',
    hidden.left ? 'ca-findings__scroll--more-left' : '',
    hidden.right ? 'ca-findings__scroll--more-right' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      {overflowing && (
        <p class="govuk-body-s ca-findings__scroll-hint">
          {hidden.right
            ? t(
                'findings',
                'This table is wider than the screen: scroll sideways (or use the arrow keys on it) to see the columns on the right.',
              )
            : t(
                'findings',
                'This table is wider than the screen: scroll back to see the columns on the left.',
              )}
        </p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls, and keyboard users must be able to scroll it. */}
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this groups a table. */}
      <div class={classes} role="group" aria-label={label} tabIndex={0} ref={ref}>
        {children}
      </div>
    </>
  );
}
