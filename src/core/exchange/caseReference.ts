/**
 * What the cases spreadsheet accepts as a case reference. A reference is a pseudonymous code
 * such as `LAC-03-07` or `YJ-0012`, never a name. Checking its shape catches names typed by
 * mistake, and the end of a line that a stray line break split off from its case: such a
 * fragment starts with an answer ("yes", "drugs|cse") or with the tail of a cell, not a code.
 *
 * The rule: at most 60 characters (a case's own limit, `CASE_REF_MAX_LENGTH`); letters and digits, with single dashes, underscores,
 * slashes, dots or spaces between them (so it starts and ends with a letter or digit); at
 * least one digit; and not one of the framework's answer codes (an option value, `na`,
 * `not_known`), whatever its case.
 */
import type { FindingsPlan } from '../findings/findingsPlan';
import { NOT_APPLICABLE, NOT_KNOWN } from '../framework/answerCodes';
import { CASE_REF_MAX_LENGTH } from '../inspection/inspectionSchema';
import { quote } from './casesCsvCells';

const REF_SHAPE = /^[\p{L}\p{Nd}]+(?:[-_/. ][\p{L}\p{Nd}]+)*$/u;
const DIGIT = /\p{Nd}/u;

/** Every answer code of the framework, lower case: what a reference must never be. */
export function answerCodesOf(plan: FindingsPlan): ReadonlySet<string> {
  const codes = new Set([NOT_APPLICABLE, NOT_KNOWN]);
  for (const item of plan.items) for (const o of item.options) codes.add(o.value.toLowerCase());
  return codes;
}

/** What is wrong with a (trimmed) case reference, or null when it is a plausible one. */
export function caseRefProblem(ref: string, answerCodes: ReadonlySet<string>): string | null {
  if (ref === '') return 'is empty: every case needs a reference';
  if (ref.length > CASE_REF_MAX_LENGTH) {
    return `is longer than ${CASE_REF_MAX_LENGTH} characters`;
  }
  if (answerCodes.has(ref.toLowerCase())) {
    return `${quote(ref)} is an answer code, not a case reference`;
  }
  if (!REF_SHAPE.test(ref)) {
    return `${quote(ref)} is not shaped like a case reference: letters and digits, with single dashes, underscores, slashes, dots or spaces between them, such as LAC-03-07`;
  }
  if (!DIGIT.test(ref)) {
    return `${quote(ref)} has no digit: a case reference is a code such as LAC-03-07, never a name`;
  }
  return null;
}
