/**
 * The every-block document as a template that numbers things draws it: numbered paragraphs, a
 * numbered table and numbered figures, the lists of tables and figures, and a logo on the cover
 * (a real 400 × 400 PNG). Synthetic.
 */
import type { ReportChartDocument } from '../../../../src/report/reportModel';
import { pngBase64 } from '../../../fixtures/pngImage';
import { everyBlockDocument } from './everyBlockDocument';

/** A 400 × 400 PNG, as base64: larger than the cover's box, so it is drawn made smaller. */
export const LOGO_PNG = pngBase64(400, 400);

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
        data: LOGO_PNG,
        width: 400,
        height: 400,
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
