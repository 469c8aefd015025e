/**
 * The cover logo's size on the page, shared by the HTML report and the Word file: the image
 * fitted within 60 mm × 25 mm in proportion, in CSS pixels (96 to the inch, as Word's picture
 * sizes are too).
 */
const PX_PER_MM = 96 / 25.4;
const LOGO_BOX_MM = { width: 60, height: 25 } as const;

/** The largest size within the box that keeps the image's proportions, in whole pixels. */
export function coverLogoSize(logo: { width: number; height: number }): {
  width: number;
  height: number;
} {
  const scale = Math.min(
    (LOGO_BOX_MM.width * PX_PER_MM) / logo.width,
    (LOGO_BOX_MM.height * PX_PER_MM) / logo.height,
  );
  return {
    width: Math.max(1, Math.floor(logo.width * scale)),
    height: Math.max(1, Math.floor(logo.height * scale)),
  };
}
