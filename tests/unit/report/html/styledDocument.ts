/**
 * The every-block document as a template that numbers things draws it: numbered paragraphs, a
 * numbered table and numbered figures, the lists of tables and figures, and a logo on the cover
 * (a real 1×1 PNG). Synthetic.
 */
import type { ReportChartDocument } from '../../../../src/report/reportModel';
import { everyBlockDocument } from './everyBlockDocument';

/** A 1×1 PNG, as base64. */
export const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAMAASsJTYQAAAAASUVORK5CYII=';

export function styledDocument(): ReportChartDocument {
  const document = everyBlockDocument();
  let figures = 0;
  const chapters = document.chapters.map((chapter) => ({
    ...chapter,
    blocks: chapter.blocks.map((block) => {
      if (block.type === 'chart') return { ...block, number: `Figure ${++figures}` };
      if (block.type === 'table') return { ...block, number: 'Table 1' };
      return block;
    }),
  }));
  const moves = chapters.find((c) => c.id === 'section-moves')!;
  moves.blocks = [
    { type: 'paragraph', text: 'Most moves were planned.', number: '1.1' },
    ...moves.blocks,
    { type: 'paragraph', text: 'Schools were told late & <often> not at all.', number: '1.2' },
  ];
  return {
    ...document,
    titlePage: {
      ...document.titlePage,
      logo: {
        mediaType: 'image/png',
        data: TINY_PNG,
        width: 1,
        height: 1,
        alt: 'Northshire Council',
      },
    },
    lists: {
      tables: [{ number: 'Table 1', caption: 'Cases by year', chapterId: 'section-moves' }],
      figures: [
        { number: 'Figure 1', caption: 'Figures: Planning', chapterId: 'section-moves' },
        { number: 'Figure 2', caption: 'Figures: Planning', chapterId: 'section-moves' },
      ],
    },
    chapters,
  };
}
