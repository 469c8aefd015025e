/**
 * The news release an inspectorate issues with a report (seed 003's shape): the date, the
 * embargo line, the headline, the opening paragraphs, "Inspectors found that:" with the key
 * findings the lead chose for the report's summary, a quote from the chief inspector (typed by
 * the lead), "Ends", the press contact, and notes to editors, the first describing the sample
 * from the data ("Inspectors visited six areas … ten cases in each, five … and five …").
 * Figures are checked as the report's are; the problems go to the lead, never into print.
 */
import type { FindingsResult } from '../findings/findingTypes';
import type { Case, Inspection } from '../inspection/inspectionSchema';
import { countInWords } from '../phrasing/countInWords';
import { listInWords } from '../phrasing/listInWords';
import { longDate, MONTH_NAMES } from '../phrasing/longDate';
import { checkReportText, currentFigures } from './checkReportFigures';
import type { NewsReleaseDraft } from './newsReleaseDraft';
import type { ReportBlock, ReportBullet } from './reportDocument';
import type { ReportDraft } from './reportDraft';

export type NewsReleaseDocument = {
  readonly meta: { readonly title: string; readonly author: string; readonly language: string };
  /** "HM Inspectorate of Probation, Ofsted and Estyn" */
  readonly from: string;
  /** "17 December 2012"; null until chosen. */
  readonly date: string | null;
  /** "EMBARGOED: NOT FOR USE UNTIL 00:01, TUESDAY, 18 DECEMBER 2012"; null: none. */
  readonly embargo: string | null;
  /** In capitals, as releases set them. */
  readonly headline: string;
  readonly opening: readonly string[];
  readonly findings: readonly ReportBullet[];
  /** "Chief Inspector of Probation, Liz Calderbank, said:" and the quote; null: none. */
  readonly quote: { readonly by: string; readonly paragraphs: readonly string[] } | null;
  readonly contact: string | null;
  /** Numbered in print: the sample's first, then the lead's. */
  readonly notes: readonly string[];
  /** What the lead should see before issuing it (figures, missing parts); never printed. */
  readonly warnings: readonly string[];
};

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "EMBARGOED: NOT FOR USE UNTIL 00:01, TUESDAY, 18 DECEMBER 2012". */
export function embargoLine(date: string, time: string): string | null {
  if (date === '') return null;
  const day = WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()] ?? '';
  const when = [time, day, longDate(date)].filter((p) => p !== '').join(', ');
  return `EMBARGOED: NOT FOR USE UNTIL ${when}`.toUpperCase();
}

/** "between January and March 2012", "in March 2012", "between November 2011 and March 2012". */
function fieldworkWords(fieldwork: Inspection['fieldwork']): string | null {
  const { start, end } = fieldwork;
  if (!start || !end) return null;
  const month = (iso: string) => MONTH_NAMES[Number(iso.slice(5, 7)) - 1] ?? '';
  const [y1, y2] = [start.slice(0, 4), end.slice(0, 4)];
  if (start.slice(0, 7) === end.slice(0, 7)) return `in ${month(start)} ${y1}`;
  return y1 === y2
    ? `between ${month(start)} and ${month(end)} ${y2}`
    : `between ${month(start)} ${y1} and ${month(end)} ${y2}`;
}

type SampleCase = Pick<Case, 'areaId' | 'stratumId'>;

/** The same number of each stratum in every area: "five host cases and five home cases". */
function strataInEachArea(
  inspection: Inspection,
  visited: Inspection['areas'],
  cases: readonly SampleCase[],
): string | null {
  if (inspection.strata.length === 0) return null;
  const counts = inspection.strata.map((s) =>
    visited.map((a) => cases.filter((c) => c.areaId === a.id && c.stratumId === s.id)),
  );
  const same = counts.map((perArea) => new Set(perArea.map((list) => list.length)));
  if (same.some((set) => set.size !== 1)) return null;
  const parts = inspection.strata.map(
    (s, i) => `${countInWords([...(same[i] ?? [])][0] ?? 0)} ${s.name}`,
  );
  return listInWords(parts);
}

/**
 * The first note to editors: the sample as the data has it. An area of the inspection with no
 * case in the sample was not visited, so it is neither counted nor named.
 */
export function sampleNote(inspection: Inspection, cases: readonly SampleCase[]): string {
  const areas = inspection.areas.filter((a) => cases.some((c) => c.areaId === a.id));
  const parts: string[] = [];
  if (areas.length === 0) {
    parts.push(`Inspectors assessed ${countInWords(cases.length)} cases.`);
  } else {
    const perArea = new Set(areas.map((a) => cases.filter((c) => c.areaId === a.id).length));
    const each = perArea.size === 1 ? ([...perArea][0] ?? null) : null;
    const strata = each !== null ? strataInEachArea(inspection, areas, cases) : null;
    const inEach =
      each !== null
        ? `, ${countInWords(each)} in each area${strata ? `: ${strata}` : ''}`
        : `, between ${countInWords(Math.min(...perArea))} and ${countInWords(Math.max(...perArea))} in each area`;
    parts.push(
      `Inspectors visited ${countInWords(areas.length)} ${areas.length === 1 ? 'area' : 'areas'} and assessed ${countInWords(cases.length)} cases${inEach}.`,
    );
    parts.push(
      `The ${countInWords(areas.length)} ${areas.length === 1 ? 'area' : 'areas'} visited ${areas.length === 1 ? 'was' : 'were'}: ${listInWords(areas.map((a) => a.name))}.`,
    );
  }
  const fieldwork = fieldworkWords(inspection.fieldwork);
  if (fieldwork) parts.push(`Fieldwork was undertaken ${fieldwork}.`);
  return parts.join(' ');
}

export function buildNewsRelease(input: {
  readonly inspection: Inspection;
  readonly cases: readonly SampleCase[];
  readonly findings: FindingsResult;
  readonly draft: ReportDraft;
  readonly release: NewsReleaseDraft;
  /** Who issues it: the inspection's organisations or the framework's publishers. */
  readonly organisations: readonly string[];
}): NewsReleaseDocument {
  const { inspection, release, draft } = input;
  const warnings: string[] = [];
  const figures = currentFigures(input.findings);
  const checked = (text: string, where: string, source: Parameters<typeof checkReportText>[2]) => {
    const issues = checkReportText(text, figures, source).map((i) => i.message);
    for (const w of issues) warnings.push(`${where}: ${w}`);
    return issues;
  };
  const findings = draft.keyFindings.map((k, i) => ({
    text: k.text,
    warnings: checked(k.text, `Finding ${i + 1}`, k.source),
  }));
  if (findings.length === 0) {
    warnings.push(
      'No key findings are chosen for the report’s summary: “Inspectors found that:” is left out.',
    );
  }
  for (const [where, text] of [
    ['The opening', release.opening],
    ['The quote', release.quote],
  ] as const) {
    checked(text, where, null);
  }
  if (release.headline.trim() === '') warnings.push('The release has no headline yet.');
  if (release.issuedOn === '') warnings.push('The release has no date yet.');
  const quote = paragraphsOf(release.quote);
  return {
    meta: {
      title: release.headline.trim() || inspection.title,
      author: listInWords(input.organisations),
      language: 'en-GB',
    },
    from: listInWords(input.organisations),
    date: release.issuedOn === '' ? null : longDate(release.issuedOn),
    embargo: embargoLine(release.embargoDate, release.embargoTime),
    headline: release.headline.trim().toUpperCase(),
    opening: paragraphsOf(release.opening),
    findings,
    quote:
      quote.length > 0
        ? { by: release.quoteBy.trim() || 'The chief inspector', paragraphs: quote }
        : null,
    contact: release.contact.trim() || null,
    notes: [sampleNote(inspection, input.cases), ...paragraphsOf(release.notes)],
    warnings,
  };
}

/**
 * The release's body after its masthead (date, embargo, headline), as the report's blocks, so
 * every rendering (preview, PDF, Word) draws it with the report's own block drawing.
 */
export function newsReleaseBlocks(release: NewsReleaseDocument): ReportBlock<never>[] {
  const blocks: ReportBlock<never>[] = release.opening.map((text) => ({
    type: 'paragraph',
    text,
  }));
  if (release.findings.length > 0) {
    blocks.push({ type: 'paragraph', text: 'Inspectors found that:' });
    blocks.push({ type: 'bullets', items: release.findings });
  }
  if (release.quote) {
    const { by, paragraphs } = release.quote;
    blocks.push({ type: 'paragraph', text: `${by}, said:` });
    paragraphs.forEach((text, i) => {
      const open = i === 0 ? '“' : '';
      const close = i === paragraphs.length - 1 ? '”' : '';
      blocks.push({ type: 'paragraph', text: `${open}${text}${close}` });
    });
  }
  blocks.push({ type: 'paragraph', text: '- Ends -' });
  if (release.contact) blocks.push({ type: 'paragraph', text: release.contact });
  blocks.push({ type: 'subheading', level: 3, text: 'Notes to editors' });
  release.notes.forEach((text, i) => {
    blocks.push({ type: 'paragraph', text: `${i + 1}. ${text}` });
  });
  return blocks;
}
