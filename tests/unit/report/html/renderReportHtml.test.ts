// @vitest-environment jsdom
/**
 * The report as one accessible, self-contained HTML file: language, title, one h1 and headings
 * that never skip a level, tables with captions and header cells, charts as images with a text
 * alternative and their figures in a table, nothing fetched and no script, the lead's text
 * escaped, warnings never printed — and the same figures as the document the PDF draws.
 */
import { describe, expect, it } from 'vitest';
import { emptyReportDraft, type ReportDraft } from '../../../../src/core';
import { renderReportHtml } from '../../../../src/report/html/renderReportHtml';
import {
  MADE_WITH,
  makeReportDocument,
  type ReportChartDocument,
} from '../../../../src/report/reportModel';
import { lacExample, lacFramework } from '../../../fixtures/reportFixture';
import { everyBlockDocument } from './everyBlockDocument';
import { LOGO_PNG, styledDocument } from './styledDocument';

const framework = lacFramework();
const example = lacExample(framework);
const blackpool = example.inspection.areas[0]!;

function leadsDraft(): ReportDraft {
  const draft = emptyReportDraft();
  draft.foreword = 'This inspection looked at children placed away from home.';
  draft.summary = 'Work was <script>alert("often")</script> poor & sometimes "good" – at 38% <b>.';
  draft.examples = [
    {
      id: 'e1',
      kind: 'good-practice',
      title: 'Education & <i>school</i>',
      caseRef: '',
      areaId: blackpool.id,
      sectionId: null,
      text: 'A school place was found in a week.\n\nThe carer, Mrs Jones, told us on 07700 900123.',
    },
  ];
  draft.recommendations = [
    {
      id: 'r1',
      addressee: 'Local authorities',
      text: 'information is sent <promptly> & in full',
      owner: '',
      status: null,
      dueDate: null,
      response: '',
    },
  ];
  return draft;
}

function lacDocument(draft: ReportDraft = leadsDraft()): ReportChartDocument {
  return makeReportDocument(
    { inspection: example.inspection, framework, cases: example.cases, draft },
    { completeOnly: false, date: '2026-11-22', twoWay: ['area', 'stratum'] },
  );
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** What a reader reads: every piece of text, apart (two table cells never run together). */
function readText(root: Node): string {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) pieces.push(node.nodeValue!);
  return words(pieces.join(' '));
}

/** Every figure written as a percentage, with its counts when they follow: `38% (23/60)`, `38%`. */
function figuresIn(text: string): Set<string> {
  return new Set(text.match(/\d+(?:\.\d+)?%(?: \(\d+\/\d+\))?/g) ?? []);
}

/** Every string the document prints: all but warnings, ids and the kinds of blocks. */
function printedStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) printedStrings(v, out);
  else if (value !== null && typeof value === 'object') {
    // The lead's on-screen reminders ("No key findings chosen …") are never published.
    if ((value as { type?: unknown }).type === 'placeholder') return out;
    for (const [key, v] of Object.entries(value)) {
      // The logo is an image (its text alternative is checked apart), and a list entry's chapter
      // is where it links to.
      const unprinted = ['warnings', 'id', 'type', 'kind', 'variant', 'meta', 'runningHeader'];
      if ([...unprinted, 'logo', 'chapterId'].includes(key)) continue;
      printedStrings(v, out);
    }
  }
  return out;
}

const documents: [string, ReportChartDocument][] = [
  ['the example inspection with the lead’s text', lacDocument()],
  ['a document with every kind of block', everyBlockDocument()],
  ['a template’s numbered paragraphs, tables and figures, lists and logo', styledDocument()],
];

/** The page less its images' data: URLs, which are the file's own bytes, not addresses. */
const withoutImageData = (html: string) => html.replace(/src="data:image\/[^"]*"/g, 'src=""');

describe.each(documents)('the HTML report: %s', (_, document) => {
  const html = renderReportHtml(document);
  const page = parse(html);

  it('is one HTML document in the report’s language, with its title and description', () => {
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(page.documentElement.lang).toBe(document.meta.language);
    expect(page.title).toBe(document.meta.title);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      document.meta.subject,
    );
    expect(page.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
  });

  it('needs nothing else: no script, no address of any kind, the styles inline', () => {
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(html).not.toMatch(/<script/i);
    expect(withoutImageData(html)).not.toMatch(/https?:/i);
    expect(withoutImageData(html)).not.toMatch(/\/\/[a-z0-9]/i);
    expect(page.querySelectorAll('link, iframe, object, embed')).toHaveLength(0);
    // Only the cover logo is an image, and it is in the file itself.
    for (const image of page.querySelectorAll('[src]')) {
      expect(image.tagName).toBe('IMG');
      expect(image.getAttribute('src')).toMatch(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/);
    }
    const urls = html.match(/url\([^)]*\)/g) ?? [];
    expect(urls.filter((u) => !u.startsWith('url(#'))).toEqual([]);
    expect(page.querySelectorAll('[onclick], [onload]')).toHaveLength(0);
    expect(page.querySelectorAll('style')).toHaveLength(1);
  });

  it('has one h1, the title, and headings that never skip a level', () => {
    const headings = [...page.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    const levels = headings.map((h) => Number(h.tagName[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    expect(words(headings[0]!.textContent)).toBe(words(document.titlePage.title));
    levels.forEach((level, i) => {
      if (i > 0)
        expect(level, words(headings[i]!.textContent)).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    expect(levels).not.toContain(5);
  });

  it('lists every chapter in the contents, linked to its h2', () => {
    const links = [...page.querySelectorAll('nav.contents a')];
    expect(links).toHaveLength(document.chapters.length);
    for (const link of links) {
      const target = page.getElementById(link.getAttribute('href')!.slice(1));
      expect(target?.tagName).toBe('H2');
      expect(words(target?.textContent)).toBe(words(link.textContent));
    }
    const ids = [...page.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every table a caption and header cells for its columns and rows', () => {
    const tables = [...page.querySelectorAll('table')];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const caption = words(table.querySelector('caption')?.textContent);
      expect(caption).not.toBe('');
      const columns = table.querySelectorAll('thead th[scope="col"]');
      expect(columns.length, caption).toBeGreaterThan(0);
      for (const row of table.querySelectorAll('tbody tr')) {
        expect(row.children.length, caption).toBe(columns.length);
        const first = row.children[0]!;
        if (!first.classList.contains('num')) expect(first.outerHTML).toMatch(/^<th scope="row">/);
      }
    }
  });

  it('draws every chart as an image with a title and a description, and its figures as a table', () => {
    const charts = [...page.querySelectorAll('svg')];
    expect(charts.length).toBeGreaterThan(0);
    for (const svg of charts) {
      expect(svg.getAttribute('role')).toBe('img');
      const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
      const title = svg.querySelector('title')!;
      expect(title.id).toBe(titleId);
      expect(words(title.textContent)).toMatch(/^Chart: .+/);
      expect(svg.querySelector('desc')!.id).toBe(descId);
      const data = svg.nextElementSibling!;
      expect(data.tagName).toBe('TABLE');
      expect(words(data.querySelector('caption')?.textContent)).toBe(
        words(title.textContent).replace(/^Chart: /, 'Figures in the chart: '),
      );
    }
  });

  it('writes the same figures as the document, and every word it prints', () => {
    const text = readText(page.body);
    const printed = [...printedStrings(document.titlePage), ...printedStrings(document.chapters)];
    const modelText = [...printed, MADE_WITH].join('\n');
    expect(figuresIn(text)).toEqual(figuresIn(modelText));
    expect(figuresIn(text).size).toBeGreaterThan(0);
    for (const s of printed) expect(text).toContain(words(s));
  });

  it('prints no warning', () => {
    const text = readText(page.body);
    const warnings = [
      ...document.warnings,
      ...document.chapters.flatMap((c) =>
        c.blocks.flatMap((b) =>
          b.type === 'example'
            ? b.warnings
            : b.type === 'bullets'
              ? b.items.flatMap((i) => i.warnings)
              : [],
        ),
      ),
    ];
    for (const w of warnings) expect(text).not.toContain(words(w));
    expect(text).not.toContain('No key findings chosen');
  });
});

describe('the lead’s text in the HTML report', () => {
  const document = lacDocument();
  const html = renderReportHtml(document);
  const page = parse(html);

  it('is text, never markup: <script>, <b> and & are escaped and read back as written', () => {
    expect(document.warnings.length).toBeGreaterThan(0);
    expect(html).toContain('&lt;script&gt;alert(&quot;often&quot;)&lt;/script&gt; poor &amp;');
    expect(page.querySelectorAll('script, b, i')).toHaveLength(0);
    const text = readText(page.body);
    expect(text).toContain(
      'Work was <script>alert("often")</script> poor & sometimes "good" – at 38% <b>.',
    );
    expect(text).toContain('information is sent <promptly> & in full');
  });

  it('boxes the example under its heading, a paragraph each, with its credit', () => {
    const box = [...page.querySelectorAll('.example')].find((e) =>
      e.textContent?.includes('A school place'),
    )!;
    expect(words(box.querySelector('h3, h4')?.textContent)).toBe(
      'Good practice example: Education & <i>school</i>',
    );
    expect([...box.querySelectorAll('p')].map((p) => words(p.textContent))).toEqual([
      'A school place was found in a week.',
      'The carer, Mrs Jones, told us on 07700 900123.',
      `Credited to ${blackpool.name}`,
    ]);
  });

  it('prints front matter after front matter on the same page, as the PDF does', () => {
    const flowing = [...page.querySelectorAll('section.flows-on')].map((s) =>
      s.getAttribute('aria-labelledby'),
    );
    expect(document.chapters.slice(0, 2).map((c) => [c.id, c.number])).toEqual([
      ['foreword', null],
      ['summary', null],
    ]);
    expect(flowing).toEqual(
      document.chapters
        .filter((c, i) => c.number === null && i > 0 && document.chapters[i - 1]!.number === null)
        .map((c) => c.id),
    );
    expect(flowing).toContain('summary');
  });

  it('aligns figures right in tables, as the document marks them', () => {
    const table = [...document.chapters.flatMap((c) => c.blocks)].find(
      (b) => b.type === 'table' && b.numeric.some(Boolean),
    );
    if (table?.type !== 'table') throw new Error('expected a table with figures');
    const drawn = [...page.querySelectorAll('table')].find(
      (t) =>
        words(t.querySelector('caption')?.textContent) ===
        words(table.number ? `${table.number}: ${table.caption}` : table.caption),
    )!;
    const heads = [...drawn.querySelectorAll('thead th')];
    expect(heads.map((h) => h.classList.contains('num'))).toEqual(table.numeric);
  });
});

describe('a template’s numbering, lists and logo in the HTML report', () => {
  const document = styledDocument();
  const page = parse(renderReportHtml(document));

  it('prints a numbered paragraph’s number before its text, apart, for a hanging number', () => {
    const numbered = [...page.querySelectorAll('p.numbered')];
    expect(numbered.map((p) => p.querySelector('.paragraph-number')?.textContent)).toEqual([
      '1.1',
      '1.2',
    ]);
    expect(numbered.map((p) => p.textContent)).toEqual([
      '1.1 Most moves were planned.',
      '1.2 Schools were told late & <often> not at all.',
    ]);
    expect(numbered[0]!.firstChild).toBe(numbered[0]!.querySelector('.paragraph-number'));
  });

  it('captions a numbered table "Table 1: …" and gives it the id the list links to', () => {
    const table = page.getElementById('table-1')!;
    expect(table.tagName).toBe('TABLE');
    expect(words(table.querySelector('caption')?.textContent)).toBe('Table 1: Cases by year');
  });

  it('captions each chart under it, "Figure 2: …", keeping its image and its figures', () => {
    const figures = [...page.querySelectorAll('figure.chart')];
    expect(figures.map((f) => f.id)).toEqual(['figure-1', 'figure-2']);
    for (const [i, figure] of figures.entries()) {
      const caption = figure.querySelector('figcaption')!;
      expect(figure.lastElementChild).toBe(caption);
      expect(words(caption.textContent)).toBe(`Figure ${i + 1}: Figures: Planning`);
      expect(figure.querySelector('svg title')?.textContent).toMatch(/^Chart: /);
      expect(figure.querySelector('svg desc')?.textContent).not.toBe('');
      expect(figure.querySelector('table.chart-data')).not.toBeNull();
    }
  });

  it('prints an unnumbered chart’s caption as it is', () => {
    const plain = parse(renderReportHtml(everyBlockDocument()));
    const captions = [...plain.querySelectorAll('figure.chart figcaption')];
    expect(captions.map((c) => words(c.textContent))).toEqual([
      'Figures: Planning',
      'Figures: Planning',
    ]);
    expect(plain.querySelectorAll('figure[id], table[id], .list-of, img')).toHaveLength(0);
  });

  it('lists the tables and figures after the contents, each linked to its table or figure', () => {
    const lists = [...page.querySelectorAll('nav.list-of')];
    expect(lists.map((l) => words(l.querySelector('h2')?.textContent))).toEqual([
      'List of tables',
      'List of figures',
    ]);
    expect(page.querySelector('nav.contents')?.nextElementSibling).toBe(lists[0]);
    const links = lists.map((l) =>
      [...l.querySelectorAll('a')].map((a) => [a.getAttribute('href'), words(a.textContent)]),
    );
    expect(links).toEqual([
      [['#table-1', 'Table 1: Cases by year']],
      [
        ['#figure-1', 'Figure 1: Figures: Planning'],
        ['#figure-2', 'Figure 2: Figures: Planning'],
      ],
    ]);
    for (const [href] of links.flat()) expect(page.getElementById(href!.slice(1))).not.toBeNull();
  });

  it('draws the logo at the top of the cover from the file itself, with its alternative text, fitted within 60 × 25 mm', () => {
    const cover = page.querySelector('header.title-page')!;
    const image = cover.querySelector('img')!;
    expect(cover.firstElementChild!.contains(image)).toBe(true);
    expect(image.getAttribute('src')).toBe(`data:image/png;base64,${LOGO_PNG}`);
    expect(image.getAttribute('alt')).toBe('Northshire Council');
    // A square image is as high as the box allows: 25 mm is 94.5 CSS pixels.
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['94', '94']);
  });
});
