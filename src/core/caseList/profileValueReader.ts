/**
 * Reads one profile answer from a case-list cell into what Case Audit stores: an option code
 * (the option's code or its label, any case), a list of codes (multichoice, separated by
 * semicolons, vertical bars or commas), a number within the field's limits, an ISO date, or
 * text. A blank cell is no answer.
 */

import { NOT_APPLICABLE, NOT_KNOWN } from '../framework/answerCodes';
import type { ProfileField, Scale } from '../framework/frameworkSchema';
import { pluralForm } from '../phrasing/plural';
import { matchKey } from './caseListContext';
import type { ProfileValue } from './populationEntry';

export type ProfileCellResult =
  | { readonly ok: true; readonly value: ProfileValue | undefined }
  | { readonly ok: false; readonly message: string };

export type ProfileValueReader = (cell: string) => ProfileCellResult;

const NOT_APPLICABLE_WORDS = [NOT_APPLICABLE, 'n/a', 'not applicable'];
const NOT_KNOWN_WORDS = [NOT_KNOWN, 'not known', 'unknown'];
const TEXT_MAX = 2_000;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

const none: ProfileCellResult = { ok: true, value: undefined };
const ok = (value: ProfileValue): ProfileCellResult => ({ ok: true, value });
const fail = (message: string): ProfileCellResult => ({ ok: false, message });

function quoted(cell: string): string {
  return cell.length > 60 ? `"${cell.slice(0, 57)}…"` : `"${cell}"`;
}

function optionReader(field: ProfileField, scale: Scale): ProfileValueReader {
  const codes = new Map<string, string>();
  for (const option of scale.options) codes.set(matchKey(option.label), option.value);
  for (const option of scale.options) codes.set(matchKey(option.value), option.value);
  const special = new Map<string, string>();
  for (const word of NOT_APPLICABLE_WORDS) special.set(word, NOT_APPLICABLE);
  for (const word of NOT_KNOWN_WORDS) special.set(word, NOT_KNOWN);
  const labels = scale.options.map((o) => o.label);
  const choices =
    labels.length > 12
      ? `${labels.slice(0, 12).join(', ')} and ${labels.length - 12} more`
      : labels.join(', ');

  const readSpecial = (key: string): ProfileCellResult | null => {
    const code = special.get(key);
    if (code === undefined || codes.has(key)) return null;
    if (code === NOT_APPLICABLE && !scale.allowNotApplicable) {
      return fail(`cannot be "not applicable" for ${field.text}`);
    }
    if (code === NOT_KNOWN && !scale.allowNotKnown) {
      return fail(`cannot be "not known" for ${field.text}; leave the cell blank instead`);
    }
    return ok(code);
  };

  // "Other (please say)" comes with its words: "other: Boxing club" → `other:Boxing club`.
  const other = scale.options.find((o) => o.other);
  const readPart = (part: string): string | undefined => {
    const code = codes.get(matchKey(part));
    if (code !== undefined && code !== other?.value) return code;
    const colon = part.indexOf(':');
    if (!other || colon < 0 || codes.get(matchKey(part.slice(0, colon))) !== other.value) {
      return undefined;
    }
    const words = part.slice(colon + 1).trim();
    return words === '' ? undefined : `${other.value}:${words}`;
  };

  return (cell) => {
    const key = matchKey(cell);
    if (key === '') return none;
    const whole = codes.get(key);
    if (whole !== undefined && whole !== other?.value) {
      return ok(field.kind === 'multichoice' ? [whole] : whole);
    }
    const specialAnswer = readSpecial(key);
    if (specialAnswer) return specialAnswer;
    if (field.kind === 'multichoice') {
      const text = cell.trim();
      const parts = (/[;|]/.test(text) ? text.split(/[;|]/) : text.split(','))
        .map((part) => part.trim())
        .filter((part) => part !== '');
      const unknown = parts.filter((part) => readPart(part) === undefined);
      if (unknown.length === 0 && parts.length > 0) {
        const chosen = [...new Set(parts.map((part) => readPart(part)!))];
        const alone = scale.options.find((o) => o.exclusive && chosen.includes(o.value));
        if (alone && chosen.length > 1) {
          return fail(`"${alone.label}" cannot be chosen with other answers for ${field.text}`);
        }
        return ok(chosen);
      }
      return fail(
        `${unknown.map((part) => quoted(part)).join(', ')} ${pluralForm(unknown.length, { one: 'is not one of the options', other: 'are not among the options' })} for ${field.text} (${choices}); separate several with semicolons`,
      );
    }
    return fail(`${quoted(cell.trim())} is not one of the options for ${field.text}: ${choices}`);
  };
}

function numberReader(field: ProfileField): ProfileValueReader {
  return (cell) => {
    const text = cell.trim();
    if (text === '') return none;
    if (!NUMBER.test(text)) {
      return fail(
        `${quoted(text)} is not a number; write numbers with digits only and a full stop for decimals (such as 3 or 12.5)`,
      );
    }
    const value = Number(text);
    if (field.integer && !Number.isInteger(value)) {
      return fail(`${quoted(text)} is not a whole number, which ${field.text} needs`);
    }
    if (field.min !== undefined && value < field.min) {
      return fail(`${text} is below the lowest value allowed for ${field.text} (${field.min})`);
    }
    if (field.max !== undefined && value > field.max) {
      return fail(`${text} is above the highest value allowed for ${field.text} (${field.max})`);
    }
    return ok(value);
  };
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

function dateReader(field: ProfileField): ProfileValueReader {
  return (cell) => {
    const text = cell.trim();
    if (text === '') return none;
    const iso = ISO_DATE.exec(text);
    const uk = UK_DATE.exec(text);
    const [year, month, day] = iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : uk
        ? [Number(uk[3]), Number(uk[2]), Number(uk[1])]
        : [0, 0, 0];
    if ((!iso && !uk) || !isRealDate(year, month, day)) {
      return fail(
        `${quoted(text)} is not a date for ${field.text}; write it as 2012-03-31 or 31/03/2012`,
      );
    }
    return ok(
      `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    );
  };
}

function textReader(field: ProfileField): ProfileValueReader {
  return (cell) => {
    const text = cell.trim();
    if (text === '') return none;
    if (text.length > TEXT_MAX) {
      return fail(`is too long for ${field.text} (${text.length} characters; at most ${TEXT_MAX})`);
    }
    return ok(text);
  };
}

/**
 * N/A and not known for a number, date or text field that allows them ("n/a", "not known"…),
 * before the field's own reading. (Text that is not allowed them is read as written.)
 */
function withSpecials(field: ProfileField, read: ProfileValueReader): ProfileValueReader {
  if (!field.allowNotApplicable && !field.allowNotKnown) return read;
  return (cell) => {
    const key = matchKey(cell);
    if (field.allowNotApplicable && NOT_APPLICABLE_WORDS.includes(key)) return ok(NOT_APPLICABLE);
    if (field.allowNotKnown && NOT_KNOWN_WORDS.includes(key)) return ok(NOT_KNOWN);
    return read(cell);
  };
}

/** A reader for one field, built once and used on every row. */
export function profileValueReader(
  field: ProfileField,
  scales: ReadonlyMap<string, Scale>,
): ProfileValueReader {
  switch (field.kind) {
    case 'number':
      return withSpecials(field, numberReader(field));
    case 'date':
      return withSpecials(field, dateReader(field));
    case 'text':
      return withSpecials(field, textReader(field));
    default: {
      const scale = field.scale === undefined ? undefined : scales.get(field.scale);
      // A checked framework always has the scale; a missing one is a bug upstream.
      if (!scale) throw new Error(`profile field ${field.id} has no scale "${field.scale}"`);
      return optionReader(field, scale);
    }
  }
}
