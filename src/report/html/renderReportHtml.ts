/**
 * The report document (core's `buildReport`) as one self-contained, accessible HTML file: the
 * language set, a title and description, the stylesheet inline, no script and nothing fetched;
 * the title page as the page's header with its one h1, a contents list linking each chapter,
 * chapters as h2 with subheadings that never skip a level; tables with captions and header
 * cells; charts as SVG images with a text alternative and their figures in a table. The same
 * document the PDF draws, so the two say the same words and figures.
 */
import { anchorOf, chapterHeading, numberedCaption, type ReportDocument } from '../../core';
import type { Chart } from '../charts/chartModel';
import { coverLogoSize } from '../coverLogo';
import { wordsOf } from '../reportModel';
import { blocksHtml, type HeadingState } from './htmlBlocks';
import { REPORT_HTML_STYLE } from './htmlStyle';
import { escapeHtml, joinLines, para } from './htmlText';

function meta(name: string, content: string): string {
  return `<meta name="${name}" content="${escapeHtml(content)}">`;
}

/** The cover logo from a data: URL, so the file stays self-contained; fitted within 60 × 25 mm. */
function logo(image: ReportDocument<Chart>['titlePage']['logo']): string {
  if (!image) return '';
  const size = coverLogoSize(image);
  const src = `data:${image.mediaType};base64,${image.data}`;
  return `<p class="logo"><img src="${escapeHtml(src)}" alt="${escapeHtml(image.alt)}" width="${size.width}" height="${size.height}"></p>`;
}

function titlePage(document: ReportDocument<Chart>): string {
  const page = document.titlePage;
  const organisations = page.organisations.map((o) => `<li>${escapeHtml(o)}</li>`).join('');
  return joinLines([
    '<header class="title-page">',
    logo(page.logo),
    `<h1>${escapeHtml(page.title)}</h1>`,
    para(page.kind, 'kind'),
    organisations ? `<ul class="organisations">${organisations}</ul>` : '',
    para(page.date, 'date'),
    page.notice ? para(page.notice, 'notice') : '',
    para(page.framework, 'note'),
    para(wordsOf(document).madeWith, 'note'),
    '</header>',
  ]);
}

function contents(document: ReportDocument<Chart>, prefix: string): string {
  const items = document.chapters.map(
    (c) => `<li><a href="#${escapeHtml(c.id)}">${escapeHtml(chapterHeading(c))}</a></li>`,
  );
  return joinLines([
    `<nav class="contents" aria-labelledby="${prefix}ca-contents">`,
    `<h2 id="${prefix}ca-contents">${escapeHtml(wordsOf(document).contents)}</h2>`,
    `<ol>${items.join('\n')}</ol>`,
    '</nav>',
  ]);
}

/** "List of tables" or "List of figures" after the contents, each entry linked to its table or figure. */
function list(
  id: string,
  title: string,
  entries: ReportDocument<Chart>['lists']['tables'],
): string {
  if (entries.length === 0) return '';
  const items = entries.map(
    (e) =>
      `<li><a href="#${escapeHtml(anchorOf(e.number))}">${escapeHtml(numberedCaption(e))}</a></li>`,
  );
  return joinLines([
    `<nav class="list-of" aria-labelledby="${id}">`,
    `<h2 id="${id}">${title}</h2>`,
    `<ol>${items.join('\n')}</ol>`,
    '</nav>',
  ]);
}

/** One edition of the report: its title page, contents, lists and chapters. */
function edition(
  document: ReportDocument<Chart>,
  state: HeadingState,
  lang: string | null,
  prefix: string,
): string[] {
  const words = wordsOf(document);
  const chapters = document.chapters.map((chapter, i) => {
    state.level = 2;
    const id = escapeHtml(chapter.id);
    // Printed as the PDF is: front matter after front matter flows on; the rest starts a page.
    const before = document.chapters[i - 1];
    const flowsOn = before?.number === null && chapter.number === null;
    return joinLines([
      `<section class="chapter${flowsOn ? ' flows-on' : ''}" aria-labelledby="${id}">`,
      `<h2 id="${id}">${escapeHtml(chapterHeading(chapter))}</h2>`,
      blocksHtml(state, chapter.blocks),
      '</section>',
    ]);
  });
  return [
    lang === null ? '<div class="page">' : `<div class="page" lang="${escapeHtml(lang)}">`,
    titlePage(document),
    contents(document, prefix),
    list(`${prefix}ca-list-tables`, escapeHtml(words.listOfTables), document.lists.tables),
    list(`${prefix}ca-list-figures`, escapeHtml(words.listOfFigures), document.lists.figures),
    '<main>',
    ...chapters,
    '</main>',
    '</div>',
  ];
}

/**
 * The whole report as one HTML file's text. Given several documents (a bilingual report: the
 * Welsh, then the English), each is drawn in turn with its own `lang`, in one file.
 */
export function renderReportHtml(
  documents: ReportDocument<Chart> | readonly ReportDocument<Chart>[],
): string {
  const editions: readonly ReportDocument<Chart>[] = Array.isArray(documents)
    ? documents
    : [documents as ReportDocument<Chart>];
  const document = editions[0]!;
  // Chart ids run on across chapters and editions, so every SVG's title and patterns are the page's only.
  const state: HeadingState = { level: 2, charts: 0 };
  const several = editions.length > 1;
  const bodies = editions.flatMap((e) =>
    edition(e, state, several ? e.meta.language : null, several ? `${e.meta.language}-` : ''),
  );
  return `${joinLines([
    '<!doctype html>',
    `<html lang="${escapeHtml(document.meta.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.meta.title)}</title>`,
    meta('description', document.meta.subject),
    meta('author', document.meta.author),
    meta('keywords', document.meta.keywords),
    meta('generator', 'Case Audit'),
    `<style>${REPORT_HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    ...bodies,
    '</body>',
    '</html>',
  ])}\n`;
}
