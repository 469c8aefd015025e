import type { ComponentChildren } from 'preact';

/** A link around words of a translated sentence: `tx('setup', 'Go <link>here</link>', { link: link(href) })`. */
export function link(href: string, className = 'govuk-link') {
  return (chunks: ComponentChildren) => (
    <a class={className} href={href}>
      {chunks}
    </a>
  );
}
