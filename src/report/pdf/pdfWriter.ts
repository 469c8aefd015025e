/** The PDF page: A4 geometry, greys, and a writer that flows wrapped text across pages. */
import type { jsPDF as JsPdf } from 'jspdf';
import type { autoTable as AutoTable } from 'jspdf-autotable';
import { pdfText, unicodeText } from './pdfText';

/**
 * Noto Sans (SIL Open Font License), regular and bold, each a TrueType file in base64: embedded
 * when the text has letters Helvetica cannot draw (Welsh ŵ and ŷ). Loaded by the caller only
 * then (`needsUnicodeFont`), so an English report's PDF is as it always was.
 */
export type PdfFonts = { readonly regular: string; readonly bold: string };

export type PdfLibraries = {
  readonly jsPDF: typeof JsPdf;
  readonly autoTable: typeof AutoTable;
  /** Absent or null: the standard Helvetica, the text mapped to what it can draw. */
  readonly fonts?: PdfFonts | null;
};

const UNICODE_FAMILY = 'NotoSans';

export type PdfProgress = { readonly done: number; readonly total: number };

export const PAGE_WIDTH = 210;
export const PAGE_HEIGHT = 297;
export const LEFT = 22;
export const RIGHT = 22;
export const TOP = 24;
export const BOTTOM = 22;
export const WIDTH = PAGE_WIDTH - LEFT - RIGHT;
export const BODY_SIZE = 10.5;
/** Line height in mm for a font size in points. */
export const lineHeight = (size: number) => size * 0.3528 * 1.35;
export const INK = 20;
export const SOFT_INK = 80;
/** How far a numbered paragraph's text stands in from its number ("3.12"). */
export const NUMBER_INDENT = 11;

export type Doc = InstanceType<typeof JsPdf>;

/** Fill and stroke in a grey level (0 black … 255 white): the report is printable in greyscale. */
export function greyFill(doc: Doc, level: number): void {
  doc.setFillColor(level, level, level);
}

export function greyDraw(doc: Doc, level: number): void {
  doc.setDrawColor(level, level, level);
}

export class Writer {
  y = TOP;
  /** The page each numbered table and figure starts on ("Table 3" → 7), for their lists. */
  readonly pageOf = new Map<string, number>();
  /** The font family every text is drawn in: Helvetica, or Noto Sans when embedded. */
  readonly family: string;
  constructor(
    readonly doc: Doc,
    readonly libs: PdfLibraries,
  ) {
    const fonts = libs.fonts;
    if (fonts) {
      doc.addFileToVFS('NotoSans-Regular.ttf', fonts.regular);
      doc.addFileToVFS('NotoSans-Bold.ttf', fonts.bold);
      // No italic is embedded: italic text is drawn upright, in the same weight.
      for (const style of ['normal', 'italic'] as const) {
        doc.addFont('NotoSans-Regular.ttf', UNICODE_FAMILY, style);
      }
      for (const style of ['bold', 'bolditalic'] as const) {
        doc.addFont('NotoSans-Bold.ttf', UNICODE_FAMILY, style);
      }
    }
    this.family = fonts ? UNICODE_FAMILY : 'helvetica';
  }

  /** Text the font in use can draw: mapped to WinAnsi for Helvetica, nearly as it is for Noto Sans. */
  clean(text: string): string {
    return this.libs.fonts ? unicodeText(text) : pdfText(text);
  }

  get bottom(): number {
    return PAGE_HEIGHT - BOTTOM;
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = TOP;
  }

  get page(): number {
    return this.doc.getNumberOfPages();
  }

  /** Room for `height` mm, or a new page. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > TOP + 0.1) this.newPage();
  }

  font(size: number, style: 'normal' | 'bold' | 'italic' | 'bolditalic' = 'normal', grey = INK) {
    this.doc.setFont(this.family, style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(grey);
  }

  lines(text: string, width: number): string[] {
    return this.doc.splitTextToSize(this.clean(text), width) as string[];
  }

  /**
   * Wrapped text from the cursor, across pages as needed. A `number` ("3.2") hangs at the left
   * of the first line, the text standing in from it on every line.
   */
  text(
    text: string,
    options: {
      size?: number;
      style?: 'normal' | 'bold' | 'italic' | 'bolditalic';
      grey?: number;
      indent?: number;
      after?: number;
      keepWithNext?: number;
      number?: string;
    } = {},
  ): void {
    const size = options.size ?? BODY_SIZE;
    this.font(size, options.style ?? 'normal', options.grey ?? INK);
    // A number too long for the usual indent ("A1.12" in a large size) pushes the text on.
    const numberWidth =
      options.number === undefined
        ? 0
        : Math.max(NUMBER_INDENT, this.doc.getTextWidth(this.clean(options.number)) + 2.5);
    const indent = (options.indent ?? 0) + numberWidth;
    const height = lineHeight(size);
    const lines = this.lines(text, WIDTH - indent);
    this.ensure(Math.min(lines.length, 2) * height + (options.keepWithNext ?? 0));
    lines.forEach((line, i) => {
      this.ensure(height);
      if (i === 0 && options.number !== undefined) {
        this.doc.text(this.clean(options.number), LEFT + (options.indent ?? 0), this.y, {
          baseline: 'top',
        });
      }
      this.doc.text(line, LEFT + indent, this.y, { baseline: 'top' });
      this.y += height;
    });
    this.y += options.after ?? 2.5;
  }
}
