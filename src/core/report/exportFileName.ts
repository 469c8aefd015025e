/**
 * Names of exported files say what they hold and when: `<short-name>-<what>-<yyyy-mm-dd>.<ext>`,
 * e.g. `lac-2012-inspection-findings-2026-11-22.csv`. The short name comes from the framework
 * (its id without the publisher, kept to a word and the year: `hmip-lac-placed-away-2012` →
 * `lac-2012`) and the inspection's kind (`inspection`, `thematic`, `self-audit`), so files from
 * two inspections on the same framework, or from two exports a day apart, never collide
 * unnoticed. Team files (packs, work) add the person and the moment to the second, since
 * several are made in a day; a file protected by a passphrase says so (`…-protected-…`), so it
 * never takes the name of its plain twin. Letters, digits and dashes only: safe on every file
 * system.
 */
import type { CodebookFileFormat } from '../exchange/codebookFiles';
import type { Framework } from '../framework/frameworkSchema';
import type { Inspection } from '../inspection/inspectionSchema';

export type ExportWhat = 'cases' | 'findings' | 'all-data' | 'report' | 'news-release';

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `lac-2012` from `hmip-lac-placed-away-2012`; the first two words when there is no year. */
export function frameworkShortName(framework: Pick<Framework, 'id' | 'year'>): string {
  const words = slug(framework.id).split('-').filter(Boolean);
  // The first word names the publisher when the id has several ("hmip", "cssiw", "yjb").
  const topic = words.length > 2 ? words.slice(1) : words;
  const year = topic.find((w) => /^(19|20)\d{2}$/.test(w));
  const first = topic.find((w) => !/^\d+$/.test(w)) ?? topic[0] ?? 'inspection';
  if (year) return `${first}-${year}`;
  return (
    topic
      .filter((w) => !/^\d+$/.test(w))
      .slice(0, 2)
      .join('-') || first
  );
}

/** The short name of an inspection's files: `lac-2012-inspection`, `lac-2015-self-audit`. */
export function inspectionShortName(
  inspection: Pick<Inspection, 'kind'>,
  framework: Pick<Framework, 'id' | 'year'>,
): string {
  return `${frameworkShortName(framework)}-${inspection.kind}`;
}

/** A local date as `yyyy-mm-dd` (files are named by the day the user sees). */
export function localIsoDate(parts: {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(parts.year).padStart(4, '0')}-${pad(parts.month)}-${pad(parts.day)}`;
}

const EXTENSIONS: Record<ExportWhat, string> = {
  cases: 'csv',
  findings: 'csv',
  'all-data': 'json',
  report: 'pdf',
  'news-release': 'pdf',
};

/** Whether a file is protected by a passphrase, as its name says. */
export type FileNameOptions = { readonly protected?: boolean };

const protectedPart = (options: FileNameOptions) => (options.protected ? '-protected' : '');

/**
 * `lac-2012-inspection-findings-2026-11-22.csv`;
 * `lac-2012-inspection-all-data-protected-2026-11-22.json` when protected.
 */
export function exportFileName(
  inspection: Pick<Inspection, 'kind'>,
  framework: Pick<Framework, 'id' | 'year'>,
  what: ExportWhat,
  date: string,
  options: FileNameOptions = {},
): string {
  return `${inspectionShortName(inspection, framework)}-${what}${protectedPart(options)}-${date}.${EXTENSIONS[what]}`;
}

/** A random case id, as Case Audit makes them (a UUID). */
const RANDOM_ID = /^([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `-3f9a2c1b` from a random id; nothing from any other. */
function randomIdPart(caseId: string): string {
  const start = RANDOM_ID.exec(caseId)?.[1];
  return start ? `-${start.toLowerCase()}` : '';
}

/**
 * The audit trail of the whole inspection, or of one case by the start of its random id:
 * `lac-2012-inspection-audit-trail-2026-11-22.csv`,
 * `lac-2012-inspection-audit-trail-case-3f9a2c1b-2026-11-22.csv`. Never by the case reference:
 * the browser keeps downloads' names, in plain text, in its list of downloads. Any other id (one
 * made from the reference by an earlier version, or in a hand-made file) gives no part of itself.
 */
export function auditTrailFileName(
  inspection: Pick<Inspection, 'kind'>,
  framework: Pick<Framework, 'id' | 'year'>,
  caseId: string | null,
  date: string,
): string {
  const what = caseId === null ? 'audit-trail' : `audit-trail-case${randomIdPart(caseId)}`;
  return `${inspectionShortName(inspection, framework)}-${what}-${date}.csv`;
}

/** Initials of a name for a file name: "A. Patel" → "ap", "Jo Morgan-Smith" → "jms". */
export function nameInitials(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const initials = words.map((w) => w[0]!.toLowerCase()).join('');
  return initials.slice(0, 8) || 'inspector';
}

/**
 * A local date and time as `yyyy-mm-dd-hhmmss` (files are named by the moment the user sees;
 * to the second, so two files made in the same minute are told apart).
 */
export function localStamp(parts: {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localIsoDate(parts)}-${pad(parts.hour)}${pad(parts.minute)}${pad(parts.second)}`;
}

/** `lac-2012-thematic-work-ap-2026-03-04-171005.json`, or `…-work-ap-protected-…` */
export function workFileName(
  shortName: string,
  inspectorName: string,
  stamp: string,
  options: FileNameOptions = {},
): string {
  return `${shortName}-work-${nameInitials(inspectorName)}${protectedPart(options)}-${stamp}.json`;
}

/** `lac-2012-thematic-pack-ap-2026-03-01-090000.json`, or `…-pack-everyone-…` */
export function packFileName(
  shortName: string,
  inspectorName: string | null,
  stamp: string,
  options: FileNameOptions = {},
): string {
  const whom = inspectorName === null ? 'everyone' : nameInitials(inspectorName);
  return `${shortName}-pack-${whom}${protectedPart(options)}-${stamp}.json`;
}

const CODEBOOK_FILES: Record<CodebookFileFormat, { what: string; extension: string }> = {
  csv: { what: 'codebook', extension: 'csv' },
  json: { what: 'codebook', extension: 'json' },
  // Named as the cases spreadsheet they read, so the two sit side by side.
  sps: { what: 'cases', extension: 'sps' },
  r: { what: 'cases', extension: 'R' },
};

/**
 * The codebook and the syntax that reads the cases spreadsheet of the same day:
 * `lac-2012-inspection-codebook-2026-11-22.csv` (or `.json`),
 * `lac-2012-inspection-cases-2026-11-22.sps` and `.R` beside `…-cases-2026-11-22.csv`.
 */
export function codebookFileName(
  inspection: Pick<Inspection, 'kind'>,
  framework: Pick<Framework, 'id' | 'year'>,
  format: CodebookFileFormat,
  date: string,
): string {
  const { what, extension } = CODEBOOK_FILES[format];
  return `${inspectionShortName(inspection, framework)}-${what}-${date}.${extension}`;
}
