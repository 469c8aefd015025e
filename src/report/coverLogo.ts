/**
 * The cover logo's size on the page, one rule for the PDF, the HTML report, the Word file and the
 * preview: the image at its own size as a screen shows it (96 pixels to the inch), made smaller
 * in proportion to fit within 60 mm × 25 mm, never larger (an enlarged logo prints blurred).
 */
const PX_PER_MM = 96 / 25.4;
/** The largest a cover logo is drawn, in mm: the preview's stylesheet says the same. */
export const COVER_LOGO_BOX_MM = { width: 60, height: 25 } as const;

type Size = { width: number; height: number };

/** The logo's size in mm. */
export function coverLogoMm(logo: Size): Size {
  const width = logo.width / PX_PER_MM;
  const height = logo.height / PX_PER_MM;
  const scale = Math.min(1, COVER_LOGO_BOX_MM.width / width, COVER_LOGO_BOX_MM.height / height);
  return { width: width * scale, height: height * scale };
}

/** The logo's size in whole CSS pixels (Word's picture sizes are in the same pixels). */
export function coverLogoSize(logo: Size): Size {
  const mm = coverLogoMm(logo);
  return {
    width: Math.max(1, Math.floor(mm.width * PX_PER_MM + 1e-9)),
    height: Math.max(1, Math.floor(mm.height * PX_PER_MM + 1e-9)),
  };
}
