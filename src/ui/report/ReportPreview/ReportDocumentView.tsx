/**
 * The report document as HTML: the same document the PDF draws (src/report/reportModel), so
 * the preview and the PDF say the same: numbered paragraphs, "Table 3: …" and "Figure 2: …"
 * captions with ids the lists of tables and figures link to, the logo on the cover. Text is
 * rendered as text, never markup. Warnings (a figure the data no longer gives, a name in a case
 * example) and placeholders (key findings not yet chosen) are shown to the lead on screen and
 * never printed.
 */
import {
  anchorOf,
  chapterHeading,
  numberedCaption,
  type ReportBlock,
  type ReportBullet,
  type ReportTable,
} from '../../../core';
import type { Chart } from '../../../report/charts/chartModel';
import { type ReportChartDocument, wordsOf } from '../../../report/reportModel';
import { BarChart } from '../../components/BarChart/BarChart';
import { t } from '../../i18n/translate';

type ReportListEntry = ReportChartDocument['lists']['tables'][number];

function Warnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul class="ca-report__warnings ca-no-print">
      {warnings.map((w) => (
        <li key={w}>
          <strong class="govuk-tag govuk-tag--orange">{t('reportScreen', 'Check')}</strong> {w}
        </li>
      ))}
    </ul>
  );
}

function Bullets({ items }: { items: readonly ReportBullet[] }) {
  return (
    <ul class="govuk-list govuk-list--bullet">
      {items.map((item, i) => (
        <li key={i}>
          {item.text}
          <Warnings warnings={item.warnings} />
        </li>
      ))}
    </ul>
  );
}

function Table({ block }: { block: ReportTable }) {
  return (
    <div class="ca-report__table">
      <table class="govuk-table" id={block.number && anchorOf(block.number)}>
        <caption class="govuk-table__caption govuk-table__caption--s">
          {numberedCaption(block)}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {block.head.map((h, i) => (
              <th
                key={h}
                scope="col"
                class={`govuk-table__header${block.numeric[i] ? ' govuk-table__header--numeric' : ''}`}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {block.rows.map((row, r) => (
            <tr class="govuk-table__row" key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th scope="row" class="govuk-table__header ca-report__row-head" key={i}>
                    {cell}
                  </th>
                ) : (
                  <td
                    key={i}
                    class={`govuk-table__cell${block.numeric[i] ? ' govuk-table__cell--numeric' : ''}`}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {block.note && <p class="govuk-body-s ca-report__note">{block.note}</p>}
    </div>
  );
}

function Paragraph({ block }: { block: Extract<ReportBlock<Chart>, { type: 'paragraph' }> }) {
  const look =
    block.variant === 'lead'
      ? 'govuk-body-l'
      : block.variant === 'note'
        ? 'govuk-body-s ca-report__note'
        : 'govuk-body';
  if (block.number === undefined) return <p class={look}>{block.text}</p>;
  // The number hangs at the left, as in the PDF; the space keeps it apart when read aloud.
  return (
    <p class={`${look} ca-report__numbered`}>
      <span class="paragraph-number">{block.number}</span> {block.text}
    </p>
  );
}

export function Block({ block }: { block: ReportBlock<Chart> }) {
  switch (block.type) {
    case 'paragraph':
      return <Paragraph block={block} />;
    case 'subheading':
      return block.level === 3 ? (
        <h3 class="govuk-heading-m">{block.text}</h3>
      ) : (
        <h4 class="govuk-heading-s">{block.text}</h4>
      );
    case 'bullets':
      return <Bullets items={block.items} />;
    case 'table':
      return <Table block={block} />;
    case 'chart':
      return (
        <figure class="ca-report__figure" id={block.number && anchorOf(block.number)}>
          <BarChart chart={block.chart} />
          <figcaption class="ca-report__figure-caption">{numberedCaption(block)}</figcaption>
        </figure>
      );
    case 'rating':
      return (
        <div class="ca-report__rating">
          <p class="govuk-body-s ca-report__rating-title">
            {t('reportScreen', 'Rating: {title}', { title: block.title })}
          </p>
          <p class="govuk-heading-m ca-report__rating-value">
            {block.rating}
            {block.overridden && (
              <strong class="govuk-tag govuk-tag--purple ca-report__overridden">
                {t('reportScreen', 'Overridden')}
              </strong>
            )}
          </p>
          {block.lines.map((line) => (
            <p class="govuk-body-s" key={line}>
              {line}
            </p>
          ))}
        </div>
      );
    case 'example':
      return (
        <div class="ca-report__example">
          <h3 class="govuk-heading-s">{block.label}</h3>
          {block.text.split(/\n\s*\n/).map((p) => (
            <p class="govuk-body" key={p}>
              {p}
            </p>
          ))}
          {block.credit && <p class="govuk-body-s ca-report__credit">{block.credit}</p>}
          <Warnings warnings={block.warnings} />
        </div>
      );
    case 'recommendations':
      return (
        <>
          {block.groups.map((group) => (
            <div key={group.lead}>
              <p class="govuk-body govuk-!-font-weight-bold">{group.lead}</p>
              <Bullets items={group.items} />
            </div>
          ))}
        </>
      );
    case 'definitions':
      return (
        <dl class="govuk-summary-list ca-report__glossary">
          {block.items.map((item) => (
            <div class="govuk-summary-list__row" key={item.term}>
              <dt class="govuk-summary-list__key">{item.term}</dt>
              <dd class="govuk-summary-list__value">
                {item.definition.split(/\n\s*\n/).map((p) => (
                  <p class="govuk-body" key={p}>
                    {p}
                  </p>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'placeholder':
      // Seen in the preview, left out of the print view as of the PDF.
      return (
        <div class="govuk-inset-text ca-report__placeholder ca-no-print" data-placeholder>
          <strong class="govuk-tag govuk-tag--orange">{t('reportScreen', 'Check')}</strong>{' '}
          {block.text}
        </div>
      );
  }
}

/** "List of tables", "List of figures": a link to each, after the contents. */
function NumberedList({
  id,
  heading,
  entries,
}: {
  id: string;
  heading: string;
  entries: readonly ReportListEntry[];
}) {
  if (entries.length === 0) return null;
  return (
    <nav class="ca-report__list" aria-labelledby={id}>
      <h2 class="govuk-heading-m" id={id}>
        {heading}
      </h2>
      <ol class="govuk-list">
        {entries.map((entry) => (
          <li key={entry.number}>
            <a class="govuk-link" href={`#${anchorOf(entry.number)}`}>
              {numberedCaption(entry)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * One edition of the report as a web page. In a bilingual report each edition is drawn in turn:
 * `edition` (its language) keeps its ids apart, and names its chapters' regions with the
 * edition, as two editions of a framework without Welsh have chapters of the same title.
 */
export function ReportDocumentView({
  document,
  edition,
}: {
  document: ReportChartDocument;
  edition?: string;
}) {
  const page = document.titlePage;
  const words = wordsOf(document);
  const id = (name: string) => (edition ? `${edition}-${name}` : name);
  const regionName = (chapter: ReportChartDocument['chapters'][number]) =>
    edition
      ? { 'aria-label': `${chapterHeading(chapter)} (${edition})` }
      : { 'aria-labelledby': chapter.id };
  return (
    <article class="ca-report" lang={document.meta.language}>
      <header class="ca-report__title-page">
        {page.logo && (
          <img
            class="ca-report__logo"
            src={`data:${page.logo.mediaType};base64,${page.logo.data}`}
            alt={page.logo.alt}
            width={page.logo.width}
            height={page.logo.height}
          />
        )}
        <p class="ca-report__title">{page.title}</p>
        <p class="govuk-body-l">{page.kind}</p>
        <ul class="govuk-list ca-report__organisations">
          {page.organisations.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
        <p class="govuk-body-l">{page.date}</p>
        {page.notice && (
          <div class="govuk-inset-text">
            <strong>{page.notice}</strong>
          </div>
        )}
        <p class="govuk-body-s ca-report__note">{page.framework}</p>
      </header>
      <div class="ca-report__front">
        <nav class="ca-report__contents" aria-labelledby={id('report-contents')}>
          <h2 class="govuk-heading-l" id={id('report-contents')}>
            {words.contents}
          </h2>
          <ol class="govuk-list">
            {document.chapters.map((chapter) => (
              <li key={chapter.id}>
                <a class="govuk-link" href={`#${chapter.id}`}>
                  {chapterHeading(chapter)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <NumberedList
          id={id('report-list-tables')}
          heading={words.listOfTables}
          entries={document.lists.tables}
        />
        <NumberedList
          id={id('report-list-figures')}
          heading={words.listOfFigures}
          entries={document.lists.figures}
        />
      </div>
      {document.chapters.map((chapter) => (
        <section class="ca-report__chapter" key={chapter.id} {...regionName(chapter)}>
          <h2 class="govuk-heading-l" id={chapter.id} tabIndex={-1}>
            {chapterHeading(chapter)}
          </h2>
          {chapter.blocks.map((block, i) => (
            <Block block={block} key={i} />
          ))}
        </section>
      ))}
    </article>
  );
}
