/**
 * Columns that look like personal data: names, dates of birth, addresses, postcodes, NHS and
 * National Insurance numbers, email addresses, phone numbers, official identifiers. Case Audit
 * keeps pseudonymous references only, so such columns are flagged and offered for dropping.
 * Judged by the heading, and by the values for the patterns that values show reliably.
 */
import { plural, pluralForm } from '../phrasing/plural';
import type { CaseListWarning } from './caseListWarning';
import { describeRows } from './caseListWarning';
import type { CsvTable } from './parseCsvTable';

export type PersonalDataKind =
  | 'name'
  | 'date-of-birth'
  | 'address'
  | 'postcode'
  | 'nhs-number'
  | 'ni-number'
  | 'email'
  | 'phone'
  | 'official-identifier';

export type PersonalDataWarning = CaseListWarning & {
  readonly kind: 'personal-data';
  readonly column: string;
  readonly looksLike: PersonalDataKind;
  readonly evidence: 'heading' | 'values';
};

const KIND_WORDS: Record<PersonalDataKind, string> = {
  name: 'names',
  'date-of-birth': 'dates of birth',
  address: 'addresses',
  postcode: 'postcodes',
  'nhs-number': 'NHS numbers',
  'ni-number': 'National Insurance numbers',
  email: 'email addresses',
  phone: 'phone numbers',
  'official-identifier': 'official identifiers (such as a pupil or police number)',
};

/** Lower-case letters and digits only: "Date of birth" → "dateofbirth". */
export function normalizeHeading(heading: string): string {
  return heading
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const NAME_HEADINGS = new Set([
  'name',
  'names',
  'firstname',
  'firstnames',
  'lastname',
  'surname',
  'forename',
  'forenames',
  'fullname',
  'givenname',
  'givennames',
  'familyname',
  'middlename',
  'middlenames',
  'knownas',
  'alias',
  'aliases',
  'preferredname',
  'maidenname',
]);
/** "Area name", "Team name" and the like name organisations, not people. */
const ORGANISATION_WORDS = [
  'area',
  'team',
  'service',
  'site',
  'stratum',
  'group',
  'office',
  'school',
  'la',
  'authority',
  'yot',
  'yos',
  'yjs',
  'region',
  'district',
  'placement',
  'provider',
  'setting',
  'local',
  'council',
  'court',
  'framework',
  'file',
  'user',
  'unit',
  'organisation',
  'organization',
];

function kindFromHeading(heading: string): PersonalDataKind | null {
  const h = normalizeHeading(heading);
  if (h === '') return null;
  if (/email/.test(h)) return 'email';
  if (/dateofbirth|birthdate|birthday/.test(h) || h === 'dob' || h.startsWith('dob')) {
    return 'date-of-birth';
  }
  if (/postcode|postalcode|zipcode/.test(h) || h === 'zip') return 'postcode';
  if (/address|street|housenumber|houseno/.test(h)) return 'address';
  if (/nhs|^chi(number|no)?$/.test(h)) return 'nhs-number';
  if (/nationalinsurance|^nino$|^ninumber$|^nino?number$/.test(h)) return 'ni-number';
  if (/phone|mobile|^tel$|^telno$|contactnumber/.test(h)) return 'phone';
  if (/^upn$|uniquepupil|^pnc|policenationalcomputer|^uln$|uniquelearner/.test(h)) {
    return 'official-identifier';
  }
  if (NAME_HEADINGS.has(h)) return 'name';
  const named = /^(.*?)names?$/.exec(h);
  if (named && !ORGANISATION_WORDS.some((word) => named[1]!.startsWith(word))) return 'name';
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
const NI_NUMBER = /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]$/i;
const PHONE_CHARACTERS = /^[\d\s()+-]+$/;
const UK_PHONE_DIGITS = /^(?:44|0)\d{9,10}$/;

/** NHS numbers are 10 digits with a modulus-11 check digit. */
export function isNhsNumber(value: string): boolean {
  if (!/^\d{3}[\s-]?\d{3}[\s-]?\d{4}$/.test(value)) return false;
  const digits = value.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

function isUkPhone(value: string): boolean {
  return PHONE_CHARACTERS.test(value) && UK_PHONE_DIGITS.test(value.replace(/\D/g, ''));
}

const VALUE_TESTS: [PersonalDataKind, (value: string) => boolean][] = [
  ['email', (v) => EMAIL.test(v)],
  ['nhs-number', isNhsNumber],
  ['ni-number', (v) => NI_NUMBER.test(v)],
  ['postcode', (v) => POSTCODE.test(v)],
  ['phone', isUkPhone],
];

/** How many values of a column are looked at, and what share must match. */
const VALUES_SAMPLED = 200;
const SHARE_THAT_MUST_MATCH = 0.5;

function kindFromValues(values: readonly string[]): PersonalDataKind | null {
  if (values.length === 0) return null;
  for (const [kind, test] of VALUE_TESTS) {
    const matches = values.filter(test).length;
    if (matches / values.length >= SHARE_THAT_MUST_MATCH) return kind;
  }
  // An email address anywhere in free text is still an email address.
  if (values.some((v) => /[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(v))) return 'email';
  return null;
}

function columnValues(table: CsvTable, column: number): string[] {
  const values: string[] = [];
  for (const row of table.rows) {
    const value = (row.cells[column] ?? '').trim();
    if (value !== '') values.push(value);
    if (values.length >= VALUES_SAMPLED) break;
  }
  return values;
}

/** One warning per column that looks like personal data, in column order. */
export function detectPersonalData(table: CsvTable): PersonalDataWarning[] {
  const warnings: PersonalDataWarning[] = [];
  table.headings.forEach((heading, column) => {
    if (heading === '') return;
    const byHeading = kindFromHeading(heading);
    const looksLike = byHeading ?? kindFromValues(columnValues(table, column));
    if (!looksLike) return;
    const evidence = byHeading ? 'heading' : 'values';
    warnings.push({
      kind: 'personal-data',
      path: `column ${heading}`,
      column: heading,
      looksLike,
      evidence,
      message:
        `Column "${heading}" ${evidence === 'heading' ? 'is headed like' : 'has values that look like'} ` +
        `${KIND_WORDS[looksLike]}. Case Audit keeps pseudonymous case references only: drop this ` +
        'column unless you are sure it holds no personal data.',
    });
  });
  return warnings;
}

/** No digit, some lower case, and only letters, spaces, apostrophes, hyphens, commas, full stops. */
const NAME_LIKE = /^(?=.*\p{Ll})(?=.*\p{L}.*\p{L})[\p{L}\s'’.,-]+$/u;

/** A warning if any case reference looks like a person's name rather than a code. */
export function referencesThatLookLikeNames(
  heading: string,
  refs: readonly { readonly rowNumber: number; readonly ref: string }[],
): CaseListWarning | null {
  const rows = refs.filter((r) => NAME_LIKE.test(r.ref.trim())).map((r) => r.rowNumber);
  if (rows.length === 0) return null;
  return {
    kind: 'reference-looks-like-name',
    path: `column ${heading}`,
    column: heading,
    rows,
    message:
      `${plural(rows.length, 'case reference')} ${pluralForm(rows.length, { one: 'looks', other: 'look' })} like ` +
      `a name rather than a code (${describeRows(rows)}). Use pseudonymous references such as ` +
      'LAC-03-07, never names.',
  };
}
