import type { ComponentChildren } from 'preact';

/**
 * A table that may be wider than the screen: it scrolls sideways, and the keyboard can scroll
 * it. A named group rather than a region, so a page of many tables adds no landmarks.
 */
export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls, and keyboard users must be able to scroll it.
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this groups a table.
    <div class="ca-findings__scroll" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
