/**
 * The report's blocks in the HTML report: paragraphs, subheadings that never skip a level,
 * bullets, tables with captions and header cells, charts, ratings, boxed and credited examples,
 * recommendations and definitions. Warnings (stale figures, names in examples) are for the
 * lead on screen and never printed, here as in the PDF.
 */
import {
  anchorOf,
  numberedCaption,
  type ReportBlock,
  type ReportBullet,
  type ReportTable,
} from '../../core';
import type { Chart } from '../charts/chartModel';
import { chartHtml } from './htmlChart';
import { escapeHtml, joinLines, para, paragraphsOf } from './htmlText';

/** Where a chapter's headings have got to, so the next one is at most one level deeper. */
export type HeadingState = { level: number; charts: number };

function heading(level: number, text: string): string {
  return `<h${level}>${escapeHtml(text)}</h${level}>`;
}

/** A subheading at the level asked for, raised when it would skip one (an h4 straight after h2). */
function subheading(state: HeadingState, wanted: 3 | 4, text: string): string {
  state.level = Math.min(wanted, state.level + 1);
  return heading(state.level, text);
}

function bullets(items: readonly ReportBullet[]): string {
  return `<ul>${items.map((i) => `<li>${escapeHtml(i.text)}</li>`).join('')}</ul>`;
}

/** The first column names its row (a question, an area) unless it holds figures. */
export function tableHtml(block: ReportTable): string {
  const num = (i: number) => (block.numeric[i] ? ' class="num"' : '');
  const rowHeads = block.numeric[0] !== true;
  const head = block.head.map((h, i) => `<th scope="col"${num(i)}>${escapeHtml(h)}</th>`);
  const rows = block.rows.map((row) => {
    const cells = row.map((cell, i) =>
      i === 0 && rowHeads
        ? `<th scope="row">${escapeHtml(cell)}</th>`
        : `<td${num(i)}>${escapeHtml(cell)}</td>`,
    );
    return `<tr>${cells.join('')}</tr>`;
  });
  const id = block.number ? ` id="${escapeHtml(anchorOf(block.number))}"` : '';
  return joinLines([
    `<table${id}${block.head.length > 4 ? ' class="wide"' : ''}>`,
    `<caption>${escapeHtml(numberedCaption(block))}</caption>`,
    `<thead><tr>${head.join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    block.note ? para(block.note, 'note') : '',
  ]);
}

function ratingHtml(block: Extract<ReportBlock<Chart>, { type: 'rating' }>): string {
  const overridden = block.overridden ? ' (overridden by the lead inspector)' : '';
  return joinLines([
    '<div class="rating">',
    para(`Rating: ${block.title}`, 'rating-title'),
    para(`${block.rating}${overridden}`, 'rating-value'),
    ...block.lines.map((line) => para(line)),
    '</div>',
  ]);
}

function exampleHtml(
  state: HeadingState,
  block: Extract<ReportBlock<Chart>, { type: 'example' }>,
): string {
  return joinLines([
    '<div class="example">',
    heading(Math.min(state.level + 1, 4), block.label),
    ...paragraphsOf(block.text).map((p) => para(p)),
    block.credit ? para(block.credit, 'credit') : '',
    '</div>',
  ]);
}

/** "3.2" before the text, hanging in the margin as HMIP's numbered paragraphs do. */
function paragraphHtml(block: Extract<ReportBlock<Chart>, { type: 'paragraph' }>): string {
  if (!block.number) return para(block.text, block.variant);
  const cls = ['numbered', block.variant].filter(Boolean).join(' ');
  const number = `<span class="paragraph-number">${escapeHtml(block.number)}</span>`;
  return `<p class="${cls}">${number} ${escapeHtml(block.text)}</p>`;
}

function blockHtml(state: HeadingState, block: ReportBlock<Chart>): string {
  switch (block.type) {
    case 'paragraph':
      return paragraphHtml(block);
    case 'subheading':
      return subheading(state, block.level, block.text);
    case 'bullets':
      return bullets(block.items);
    case 'table':
      return tableHtml(block);
    case 'chart':
      state.charts++;
      return chartHtml(block, `ca-chart-${state.charts}`);
    case 'rating':
      return ratingHtml(block);
    case 'example':
      return exampleHtml(state, block);
    case 'recommendations':
      return block.groups
        .map((group) => `${para(group.lead, 'recommendations-lead')}\n${bullets(group.items)}`)
        .join('\n');
    case 'placeholder':
      // The lead's reminder on screen ("No key findings chosen …"): never published.
      return '';
    case 'definitions':
      return `<dl>${block.items
        .map(
          (item) =>
            `<dt>${escapeHtml(item.term)}</dt><dd>${paragraphsOf(item.definition)
              .map((p) => para(p))
              .join('')}</dd>`,
        )
        .join('\n')}</dl>`;
  }
}

/** A chapter's blocks; `state.level` starts at the chapter heading's level. */
export function blocksHtml(state: HeadingState, list: readonly ReportBlock<Chart>[]): string {
  return list.map((block) => blockHtml(state, block)).join('\n');
}
