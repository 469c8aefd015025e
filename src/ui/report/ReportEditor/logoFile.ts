/**
 * A logo file the lead chose, read and checked before it is offered for the cover: a PNG or a
 * JPEG by its own first bytes, no larger than the draft accepts, with a size in pixels. The text
 * alternative is asked for afterwards; only then is the logo checked whole against the draft's
 * rules (reportLogoSchema) and stored.
 */
import { LOGO_MAX_BYTES, type ReportLogo, reportLogoSchema } from '../../../core';
import { t } from '../../i18n/translate';
import { base64Of, imageTypeOf, readImageHeader } from './imageHeader';

/** Said in the language current when the check fails. */
export const logoErrors = () => ({
  type: t('reportScreen', 'The logo must be a PNG or JPEG image'),
  size: t('reportScreen', 'The logo must be 512 KB or smaller'),
  pixels: t('reportScreen', 'The logo must be at most 10,000 pixels wide and 10,000 pixels high'),
  alt: t('reportScreen', 'Enter a text alternative for the logo'),
  altLong: t('reportScreen', 'The text alternative for the logo must be 200 characters or fewer'),
});

/** A logo read from its file, waiting for its text alternative. */
export type ChosenLogo = Omit<ReportLogo, 'alt'>;

export type LogoRead = { readonly logo: ChosenLogo } | { readonly error: string };

export async function readLogoFile(file: Blob): Promise<LogoRead> {
  // The type first, from the signature alone, so a large file of another kind is named as such.
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (imageTypeOf(head) === null) return { error: logoErrors().type };
  if (file.size > LOGO_MAX_BYTES) return { error: logoErrors().size };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const header = readImageHeader(bytes);
  if (header === null) return { error: logoErrors().type };
  const { width, height } = reportLogoSchema.shape;
  if (!width.safeParse(header.width).success || !height.safeParse(header.height).success) {
    return { error: logoErrors().pixels };
  }
  return { logo: { ...header, data: base64Of(bytes) } };
}

/** The chosen logo with its text alternative, as the draft stores it, or what is wrong. */
export function logoWithAlt(
  chosen: ChosenLogo,
  alt: string,
): { readonly logo: ReportLogo } | { readonly error: string; readonly field: 'alt' | 'file' } {
  const parsed = reportLogoSchema.safeParse({ ...chosen, alt: alt.trim() });
  if (parsed.success) return { logo: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue?.path[0] === 'alt') {
    return {
      field: 'alt',
      error: issue.code === 'too_big' ? logoErrors().altLong : logoErrors().alt,
    };
  }
  return { field: 'file', error: logoErrors().type };
}
