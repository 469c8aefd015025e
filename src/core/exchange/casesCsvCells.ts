/**
 * Reading one cell of the cases spreadsheet: area, stratum and inspector lookups, the case
 * status, and an answer by its item's kind. Each gives the value, or a message saying what is
 * wrong with the cell (the caller adds the row and column).
 */
import type { PlannedItem } from '../findings/findingsPlan';
import { NOT_APPLICABLE, NOT_KNOWN } from '../framework/answerCodes';
import { idSchema, type Scale } from '../framework/frameworkSchema';
import type { AnswerValue } from '../inspection/answerValue';
import { type CaseStatus, caseStatusSchema } from '../inspection/inspectionSchema';
import { withArticle } from '../phrasing/withArticle';
import { otherTextProblem } from '../scoring/multichoiceAnswer';

/** Cells a spreadsheet would run as a formula, as written with their leading apostrophe. */
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

export function unescapeCell(cell: string): string {
  return ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell;
}

/** A cell quoted in a message, cut short when long. */
export function quote(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 37)}…` : text}"`;
}

type Named = { readonly id: string; readonly name: string };

/**
 * Finds an entry by id or name. `noun` names one entry ("area"). `strict`: only the list's
 * entries are allowed; otherwise, names from the list are recognised and any valid id is
 * taken as it is.
 */
export function makeLookup(list: readonly Named[] | undefined, noun: string, strict = true) {
  const byId = new Map((list ?? []).map((entry) => [entry.id, entry.id]));
  const byName = new Map((list ?? []).map((entry) => [entry.name.trim().toLowerCase(), entry.id]));
  return (cell: string): { id: string } | { error: string } => {
    if (!strict) {
      const known = byId.get(cell) ?? byName.get(cell.toLowerCase());
      if (known !== undefined) return { id: known };
    } else if (list && list.length > 0) {
      const id = byId.get(cell) ?? byName.get(cell.toLowerCase());
      if (id !== undefined) return { id };
      const names = list.map((entry) => entry.id).join(', ');
      return {
        error: `${quote(cell)} is not ${withArticle(noun)} of this inspection (ids: ${names})`,
      };
    }
    return idSchema.safeParse(cell).success
      ? { id: cell }
      : {
          error: `${quote(cell)} is not a valid ${noun} id (letters, digits, dots, dashes, underscores)`,
        };
  };
}

export function parseStatus(cell: string): CaseStatus | null {
  const normal = cell
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const parsed = caseStatusSchema.safeParse(normal);
  return parsed.success ? parsed.data : null;
}

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(text: string): boolean {
  const match = DATE_TEXT.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whether N/A or not known is an answer here: by the scale, or by a number, date or text item. */
function specialAllowed(allows: Scale | PlannedItem['entry']['item'], code: string): boolean {
  return code === NOT_APPLICABLE
    ? allows.allowNotApplicable === true
    : allows.allowNotKnown === true;
}

/**
 * One choice of a multichoice cell: an option's code, or the "other" option's code with its
 * words (`other:Boxing club`); null when it is no option.
 */
function readChoice(
  item: PlannedItem,
  part: string,
  option: (code: string) => string | null,
): { value: string } | { error: string } | null {
  const colon = part.indexOf(':');
  const code = option(colon < 0 ? part : part.slice(0, colon));
  if (code === null) return null;
  const other = item.options[item.otherIndex];
  if (colon < 0) {
    return other?.value === code
      ? { error: `${quote(part)} needs its words after a colon, such as "${code}:Boxing club"` }
      : { value: code };
  }
  if (other?.value !== code) return null;
  const words = part.slice(colon + 1).trim();
  const problem = otherTextProblem(words, other.label);
  return problem === null ? { value: `${code}:${words}` } : { error: `${quote(part)}: ${problem}` };
}

/** One cell → an answer value, or a message saying what is wrong with it. */
export function readValue(
  item: PlannedItem,
  scale: Scale | undefined,
  cell: string,
): { value: AnswerValue } | { error: string } {
  const text = cell.trim();
  const special = text === NOT_APPLICABLE || text === NOT_KNOWN;
  if (special) {
    const what = text === NOT_APPLICABLE ? 'not applicable' : 'not known';
    return specialAllowed(scale ?? item.entry.item, text)
      ? { value: text }
      : {
          error: scale
            ? `${quote(text)} is not allowed: scale ${quote(scale.id)} does not allow ${what}`
            : `${quote(text)} is not allowed: ${quote(item.id)} does not allow ${what}`,
        };
  }
  const allowed = () =>
    [
      ...item.options.map((o) => o.value),
      ...(scale?.allowNotApplicable ? [NOT_APPLICABLE] : []),
      ...(scale?.allowNotKnown ? [NOT_KNOWN] : []),
    ].join(', ');
  const option = (code: string): string | null => {
    if (item.optionIndex.has(code)) return code;
    const lower = code.toLowerCase();
    return item.options.find((o) => o.value.toLowerCase() === lower)?.value ?? null;
  };
  const meta = item.entry.item;
  switch (item.type) {
    case 'proportion': {
      const code = option(text);
      return code !== null
        ? { value: code }
        : {
            error: `${quote(text)} is not an answer on scale ${quote(scale?.id ?? '')} (allowed: ${allowed()})`,
          };
    }
    case 'multichoice': {
      const parts = text
        .split('|')
        .map((part) => part.trim())
        .filter((part) => part !== '');
      if (parts.some((p) => p === NOT_APPLICABLE || p === NOT_KNOWN)) {
        return { error: `${NOT_APPLICABLE} and ${NOT_KNOWN} stand alone, not among other choices` };
      }
      const codes: string[] = [];
      for (const part of parts) {
        const choice = readChoice(item, part, option);
        if (choice === null) {
          return {
            error: `${quote(part)} is not an answer on scale ${quote(scale?.id ?? '')} (allowed: ${allowed()})`,
          };
        }
        if ('error' in choice) return choice;
        if (!codes.includes(choice.value)) codes.push(choice.value);
      }
      const exclusive = item.options[item.exclusiveIndex];
      if (exclusive && codes.length > 1 && codes.includes(exclusive.value)) {
        return {
          error: `${quote(exclusive.value)} ("${exclusive.label}") stands alone, not among other choices`,
        };
      }
      return { value: codes };
    }
    case 'number': {
      if (!NUMBER_TEXT.test(text)) return { error: `${quote(text)} is not a number` };
      const value = Number(text);
      if (meta.integer && !Number.isInteger(value))
        return { error: `${text} is not a whole number` };
      if (meta.min !== undefined && value < meta.min)
        return { error: `${text} is below the minimum, ${meta.min}` };
      if (meta.max !== undefined && value > meta.max)
        return { error: `${text} is above the maximum, ${meta.max}` };
      return { value };
    }
    default:
      if (meta.kind === 'date' && !isRealDate(text)) {
        return { error: `${quote(text)} is not a date written YYYY-MM-DD` };
      }
      return { value: meta.kind === 'date' ? text : cell };
  }
}
