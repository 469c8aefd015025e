/**
 * The numbers a house style puts on a finished report: paragraphs 3.1, 3.2 … within each
 * numbered chapter (as HMIP's thematic reports do), and tables and figures numbered through the
 * whole document in reading order, with the lists printed after the contents. Passes over the
 * finished chapters, so every part of the report is numbered the same way whoever built it.
 */
import type { Translator } from '../i18n/translator';
import type { ReportBlock, ReportChapter, ReportDocument, ReportListEntry } from './reportDocument';

/** A chapter of the report's body ("3"), not front matter (null) or an appendix ("Appendix 1"). */
function isNumberedChapter(chapter: { readonly number: string | null }): boolean {
  return chapter.number !== null && /^\d+$/.test(chapter.number);
}

/**
 * Numbers the prose paragraphs of each numbered chapter "3.1", "3.2" …; notes (variant 'note')
 * are not prose and keep no number.
 */
export function numberParagraphs<C>(chapters: readonly ReportChapter<C>[]): ReportChapter<C>[] {
  return chapters.map((chapter) => {
    if (!isNumberedChapter(chapter)) return chapter;
    let n = 0;
    const blocks = chapter.blocks.map((block): ReportBlock<C> => {
      if (block.type !== 'paragraph' || block.variant === 'note') return block;
      n++;
      return { ...block, number: `${chapter.number}.${n}` };
    });
    return { ...chapter, blocks };
  });
}

/**
 * Numbers every table "Table 1", "Table 2" … and every chart "Figure 1" … through the document
 * in reading order, and lists them with the chapter each is in.
 */
export function numberTablesAndFigures<C>(
  chapters: readonly ReportChapter<C>[],
  tr: Translator,
): {
  readonly chapters: ReportChapter<C>[];
  readonly lists: ReportDocument<C>['lists'];
} {
  const tables: ReportListEntry[] = [];
  const figures: ReportListEntry[] = [];
  const numbered = chapters.map((chapter) => {
    const blocks = chapter.blocks.map((block): ReportBlock<C> => {
      if (block.type === 'table') {
        const number = tr.t('report', 'Table {number}', { number: tables.length + 1 });
        tables.push({ number, caption: block.caption, chapterId: chapter.id });
        return { ...block, number };
      }
      if (block.type === 'chart') {
        const number = tr.t('report', 'Figure {number}', { number: figures.length + 1 });
        figures.push({ number, caption: block.caption, chapterId: chapter.id });
        return { ...block, number };
      }
      return block;
    });
    return { ...chapter, blocks };
  });
  return { chapters: numbered, lists: { tables, figures } };
}
