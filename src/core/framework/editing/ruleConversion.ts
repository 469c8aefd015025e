/**
 * The rule builder's choices to a rule and back. A row not yet complete gives a problem in
 * words ("Condition 2: choose an answer") rather than a rule, so the framework never holds half
 * a rule.
 */
import { ENGLISH, type Translator } from '../../i18n/translator';
import type { Condition } from '../frameworkSchema';
import type { ConditionTest, RuleDraft, RuleRow } from './ruleBuilder';
import type { RuleLeaf } from './rules';

type Built =
  | { readonly status: 'ok'; readonly rule: Condition }
  | { readonly status: 'incomplete'; readonly problem: string };

function subjectOf(key: string): RuleLeaf {
  const [type, id = ''] = key.split(/:(.*)/s);
  if (type === 'question') return { question: id };
  if (type === 'profile') return { profile: id };
  return { case: id === 'stratum' ? 'stratum' : 'area' };
}

function keyOf(leaf: RuleLeaf | NonNullable<RuleLeaf['daysAfter']>): string {
  if (leaf.question !== undefined) return `question:${leaf.question}`;
  if (leaf.profile !== undefined) return `profile:${leaf.profile}`;
  return 'case' in leaf && leaf.case !== undefined ? `case:${leaf.case}` : '';
}

/** A number as typed, or undefined when it is not one. */
function numberOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

/** One row as a comparison, or what is missing. */
export function rowToLeaf(
  row: RuleRow,
  numeric: boolean,
  tr: Translator = ENGLISH,
): RuleLeaf | string {
  if (row.subject === '') return tr.t('frameworkEditor.rules', 'choose what it looks at');
  const leaf = subjectOf(row.subject);
  const value = numeric ? numberOf(row.value) : row.value || undefined;
  switch (row.test) {
    case 'answered':
      return { ...leaf, answered: true };
    case 'notAnswered':
      return { ...leaf, answered: false };
    case 'isOneOf':
      return row.values.length > 0
        ? { ...leaf, in: [...row.values] }
        : tr.t('frameworkEditor.rules', 'choose at least one answer');
    case 'daysAfter': {
      const days = numberOf(row.value);
      if (row.other === '') return tr.t('frameworkEditor.rules', 'choose the other date');
      if (days === undefined) return tr.t('frameworkEditor.rules', 'enter a number of days');
      const other = subjectOf(row.other);
      return {
        ...leaf,
        daysAfter: { ...other, [row.compare]: days, ...(row.working ? { working: true } : {}) },
      };
    }
    default: {
      if (value === undefined) {
        return numeric
          ? tr.t('frameworkEditor.rules', 'enter a number')
          : tr.t('frameworkEditor.rules', 'choose an answer');
      }
      const op = ({ is: 'equals', isNot: 'notEquals', moreThan: 'gt', lessThan: 'lt' } as const)[
        row.test
      ];
      return { ...leaf, [op]: value };
    }
  }
}

/** The builder's choices as a rule; no rows is no rule. `numeric` says which subjects take numbers. */
export function draftToRule(
  draft: RuleDraft,
  numeric: (subject: string) => boolean,
  tr: Translator = ENGLISH,
): Built | { readonly status: 'none' } {
  if (draft.rows.length === 0) return { status: 'none' };
  const leaves: Condition[] = [];
  for (const [i, row] of draft.rows.entries()) {
    const leaf = rowToLeaf(row, numeric(row.subject), tr);
    if (typeof leaf === 'string') {
      const problem = tr.t('frameworkEditor.rules', 'Condition {number}: {problem}', {
        number: i + 1,
        problem: leaf,
      });
      return { status: 'incomplete', problem };
    }
    leaves.push(leaf);
  }
  const combined: Condition =
    leaves.length === 1 ? (leaves[0] as Condition) : { [draft.combine]: leaves };
  return { status: 'ok', rule: draft.negate ? { not: combined } : combined };
}

function leafToRow(leaf: RuleLeaf): RuleRow | null {
  const base = {
    subject: keyOf(leaf),
    value: '',
    values: [] as string[],
    other: '',
    compare: 'gt' as const,
    working: false,
  };
  if (base.subject === '') return null;
  const test = (t: ConditionTest, value = ''): RuleRow => ({ ...base, test: t, value });
  if (leaf.daysAfter) {
    const days = leaf.daysAfter.gt ?? leaf.daysAfter.lt;
    return {
      ...base,
      test: 'daysAfter',
      value: days === undefined ? '' : String(days),
      other: keyOf(leaf.daysAfter),
      compare: leaf.daysAfter.lt !== undefined ? 'lt' : 'gt',
      working: leaf.daysAfter.working === true,
    };
  }
  if (leaf.answered !== undefined) return test(leaf.answered ? 'answered' : 'notAnswered');
  if (leaf.equals !== undefined) return test('is', String(leaf.equals));
  if (leaf.notEquals !== undefined) return test('isNot', String(leaf.notEquals));
  if (leaf.gt !== undefined) return test('moreThan', String(leaf.gt));
  if (leaf.lt !== undefined) return test('lessThan', String(leaf.lt));
  if (leaf.in !== undefined) return { ...base, test: 'isOneOf', values: leaf.in.map(String) };
  return null;
}

function isLeaf(rule: Condition): boolean {
  return rule.all === undefined && rule.any === undefined && rule.not === undefined;
}

/** A rule as the builder's choices, or null when it nests deeper than the builder shows. */
export function ruleToDraft(rule: Condition | undefined): RuleDraft | null {
  if (rule === undefined) return { combine: 'all', negate: false, rows: [] };
  const negate = rule.not !== undefined;
  const inner = rule.not ?? rule;
  const combine = inner.any ? 'any' : 'all';
  const leaves = inner.all ?? inner.any ?? [inner];
  if (!leaves.every(isLeaf)) return null;
  const rows = leaves.map(leafToRow);
  if (rows.some((r) => r === null)) return null;
  return { combine, negate, rows: rows as RuleRow[] };
}
