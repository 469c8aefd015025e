/**
 * The HTML report's one stylesheet, inlined in its head: a GOV.UK-like type scale, lines kept
 * to a readable length, tables with borders and right-aligned figures, boxed examples and
 * ratings, and a print layout (A4, pages broken where the PDF breaks them, headings kept with
 * what follows). System fonts only: nothing is fetched.
 */
export const REPORT_HTML_STYLE = `
:root { color: #0b0c0c; background: #fff; }
body { margin: 0; font-family: Arial, "Helvetica Neue", Helvetica, sans-serif;
  font-size: 1.1875rem; line-height: 1.3158; -webkit-text-size-adjust: 100%; }
.page { max-width: 60rem; margin: 0 auto; padding: 0 1rem 3rem; }
p, li, dd, dt { max-width: 40em; }
p { margin: 0 0 1.25rem; }
h1, h2, h3, h4 { font-weight: 700; margin: 0 0 1.25rem; }
h1 { font-size: 3rem; line-height: 1.05; margin-bottom: 2rem; }
h2 { font-size: 2.25rem; line-height: 1.11; margin-top: 3rem; }
h3 { font-size: 1.5rem; line-height: 1.25; margin-top: 2rem; }
h4 { font-size: 1.1875rem; line-height: 1.3158; margin-top: 1.5rem; }
a { color: #1d70b8; text-decoration: underline; text-underline-offset: 0.1em; }
a:visited { color: #4c2c92; }
a:focus { outline: 3px solid transparent; color: #0b0c0c; background: #ffdd00;
  box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
ul, ol { margin: 0 0 1.25rem; padding-left: 1.25rem; }
li { margin-bottom: 0.3rem; }
.title-page { border-top: 1rem solid #0b0c0c; padding-top: 3rem; margin-bottom: 2rem; }
.title-page .logo img { display: block; max-width: 100%; height: auto; }
.title-page .kind, .title-page .date { font-size: 1.5rem; }
.title-page .organisations { list-style: none; padding: 0; font-weight: 700; }
.title-page .notice { border-left: 0.625rem solid #b1b4b6; padding: 0.75rem 1rem; font-weight: 700; }
.lead { font-size: 1.5rem; line-height: 1.25; }
.note, .credit { font-size: 1rem; line-height: 1.25; color: #505a5f; }
.credit { font-style: italic; }
.numbered { padding-left: 3rem; text-indent: -3rem; }
.paragraph-number { display: inline-block; min-width: 2.75rem; text-indent: 0; font-weight: 700; }
.contents ol, .list-of ol { padding-left: 0; list-style: none; }
.contents li, .list-of li { border-bottom: 1px solid #b1b4b6; padding: 0.4rem 0; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 0.75rem; font-size: 1rem;
  line-height: 1.25; font-variant-numeric: tabular-nums; }
table.wide { font-size: 0.875rem; }
caption { text-align: left; font-weight: 700; font-size: 1.1875rem; padding-bottom: 0.5rem; }
th, td { border: 1px solid #b1b4b6; padding: 0.4rem 0.5rem; vertical-align: top; text-align: left; }
thead th { background: #f3f2f1; }
tbody th { font-weight: 400; }
.num { text-align: right; }
.chart { margin: 0 0 2rem; }
.chart-title { font-weight: 700; margin-bottom: 0.5rem; }
.figure-caption { font-weight: 700; font-size: 1rem; margin-top: 0.5rem; }
.chart-image { display: block; max-width: 100%; height: auto; margin-bottom: 1rem; }
.chart-label { font-size: 13px; fill: #0b0c0c; }
.chart-figure { font-size: 14px; font-weight: 700; fill: #0b0c0c; }
.chart-legend { font-size: 14px; fill: #0b0c0c; }
.rating { background: #f3f2f1; border-left: 0.3rem solid #505a5f; padding: 1rem 1.25rem 0.25rem;
  margin: 0 0 1.5rem; }
.rating-title { font-size: 1rem; margin-bottom: 0.25rem; }
.rating-value { font-size: 1.5rem; font-weight: 700; margin-bottom: 0.75rem; }
.example { border-left: 0.625rem solid #b1b4b6; padding: 0.25rem 1rem; margin: 0 0 1.5rem; }
.example h3, .example h4 { margin-top: 0.5rem; }
.recommendations-lead { font-weight: 700; margin-bottom: 0.5rem; }
dt { font-weight: 700; margin-top: 1rem; }
dd { margin: 0.25rem 0 0 1.25rem; }
@media (max-width: 40rem) {
  body { font-size: 1rem; }
  h1 { font-size: 2rem; }
  h2 { font-size: 1.5rem; }
  h3 { font-size: 1.125rem; }
}
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .contents, .chapter:not(.flows-on) { break-before: page; }
  h1, h2, h3, h4, caption, .chart-title { break-after: avoid; }
  .figure-caption { break-before: avoid; }
  tr, .rating, .example, .chart-image { break-inside: avoid; }
  thead { display: table-header-group; }
}
`;
