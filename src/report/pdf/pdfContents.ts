/**
 * The contents and, after it, the lists of tables and of figures, with page numbers and links.
 * They are laid out before the chapters, to keep pages for them, and drawn once every chapter,
 * table and figure has its page: the layout depends only on the words, so one plan serves both.
 */

import { chapterHeading, numberedCaption, type ReportDocument } from '../../core';
import type { Chart } from '../charts/chartModel';
import { wordsOf } from '../reportModel';
import {
  BOTTOM,
  greyDraw,
  LEFT,
  lineHeight,
  PAGE_HEIGHT,
  TOP,
  WIDTH,
  type Writer,
} from './pdfWriter';

/** Where an entry leads: a chapter (by its place in the document), or a numbered table or figure. */
type Target =
  | { readonly chapter: number }
  | { readonly numbered: string; readonly chapterId: string };

type FrontLine =
  | { readonly kind: 'heading'; readonly text: string }
  | {
      readonly kind: 'entry';
      readonly text: string;
      readonly bold: boolean;
      readonly target: Target;
    };

type Placed = {
  readonly line: FrontLine;
  /** Counted from the first kept page: 0, 1, … */
  readonly page: number;
  readonly y: number;
  readonly lines: readonly string[];
};

export type FrontPlan = { readonly placed: readonly Placed[]; readonly pages: number };

const ENTRY_SIZE = 11;
const ENTRY_STEP = 8;
/** Room kept at the right of an entry for its page number. */
const NUMBER_ROOM = 20;
const HEADING_SIZE = { first: 20, list: 16 } as const;

function frontLines(document: ReportDocument<Chart>): FrontLine[] {
  const words = wordsOf(document);
  const out: FrontLine[] = [{ kind: 'heading', text: words.contents }];
  document.chapters.forEach((chapter, i) => {
    out.push({
      kind: 'entry',
      text: chapterHeading(chapter),
      // Numbered chapters are bold; front matter and appendices ("Appendix 1") are not.
      bold: chapter.number !== null && /^\d+$/.test(chapter.number),
      target: { chapter: i },
    });
  });
  const lists = [
    [words.listOfTables, document.lists.tables],
    [words.listOfFigures, document.lists.figures],
  ] as const;
  for (const [heading, entries] of lists) {
    if (entries.length === 0) continue;
    out.push({ kind: 'heading', text: heading });
    for (const entry of entries) {
      out.push({
        kind: 'entry',
        text: numberedCaption(entry),
        bold: false,
        target: { numbered: entry.number, chapterId: entry.chapterId },
      });
    }
  }
  return out;
}

/** Where each line of the contents and lists goes, and how many pages they take. */
export function planFront(w: Writer, document: ReportDocument<Chart>): FrontPlan {
  const bottom = PAGE_HEIGHT - BOTTOM;
  const placed: Placed[] = [];
  let page = 0;
  let y = TOP;
  for (const line of frontLines(document)) {
    if (line.kind === 'heading') {
      const first = placed.length === 0;
      const size = first ? HEADING_SIZE.first : HEADING_SIZE.list;
      if (!first) y += 8;
      // A list's heading never sits alone at the foot of a page.
      if (y + 11 + ENTRY_STEP > bottom) {
        page++;
        y = TOP;
      }
      placed.push({ line, page, y, lines: [line.text] });
      y += first ? 14 : lineHeight(size) + 5;
      continue;
    }
    w.font(ENTRY_SIZE, line.bold ? 'bold' : 'normal');
    const lines = w.lines(line.text, WIDTH - NUMBER_ROOM);
    const height = ENTRY_STEP + (lines.length - 1) * lineHeight(ENTRY_SIZE);
    if (y + height > bottom) {
      page++;
      y = TOP;
    }
    placed.push({ line, page, y, lines });
    y += height;
  }
  return { placed, pages: page + 1 };
}

/** The page an entry leads to: a table's or figure's own page, else its chapter's first. */
function pageOf(
  w: Writer,
  document: ReportDocument<Chart>,
  target: Target,
  starts: readonly number[],
): number {
  if ('chapter' in target) return starts[target.chapter]!;
  const chapter = document.chapters.findIndex((c) => c.id === target.chapterId);
  return w.pageOf.get(target.numbered) ?? starts[Math.max(0, chapter)]!;
}

/** Draws the planned contents and lists onto the pages kept for them, from `firstPage`. */
export function drawFront(
  w: Writer,
  document: ReportDocument<Chart>,
  plan: FrontPlan,
  starts: readonly number[],
  firstPage: number,
): void {
  const { doc } = w;
  plan.placed.forEach(({ line, page, y, lines }, i) => {
    doc.setPage(firstPage + page);
    if (line.kind === 'heading') {
      w.font(i === 0 ? HEADING_SIZE.first : HEADING_SIZE.list, 'bold');
      doc.text(w.clean(line.text), LEFT, y, { baseline: 'top' });
      return;
    }
    const target = pageOf(w, document, line.target, starts);
    w.font(ENTRY_SIZE, line.bold ? 'bold' : 'normal');
    lines.forEach((text, k) => {
      doc.text(text, LEFT, y + k * lineHeight(ENTRY_SIZE), { baseline: 'top' });
    });
    const last = y + (lines.length - 1) * lineHeight(ENTRY_SIZE);
    w.font(ENTRY_SIZE);
    doc.text(String(target), LEFT + WIDTH, last, { baseline: 'top', align: 'right' });
    greyDraw(doc, 200);
    doc.setLineWidth(0.15);
    doc.line(LEFT, last + 6.2, LEFT + WIDTH, last + 6.2);
    doc.link(LEFT, y - 1, WIDTH, last - y + 7, { pageNumber: target });
  });
}
