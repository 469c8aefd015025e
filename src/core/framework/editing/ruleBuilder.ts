/**
 * The rule builder's model: an applicability rule built by choosing, never typed. A rule is
 * one or more conditions combined with "all" or "any" (or "not" of that), each condition an
 * earlier item (or the case's area or stratum), a test and a value. Rules nested deeper than
 * that are read in words and can be started again; they are never rewritten behind the author.
 */
import { ENGLISH, type Translator } from '../../i18n/translator';
import { NOT_APPLICABLE, NOT_KNOWN } from '../answerCodes';
import type { Framework, ItemKind, ProfileField, Question } from '../frameworkSchema';

export type ConditionTest =
  | 'is'
  | 'isNot'
  | 'isOneOf'
  | 'answered'
  | 'notAnswered'
  | 'moreThan'
  | 'lessThan'
  | 'daysAfter';

/** What a condition can look at: `question:<id>`, `profile:<id>`, `case:area`, `case:stratum`. */
export type RuleSubject = {
  readonly key: string;
  readonly label: string;
  readonly kind: ItemKind | 'case';
  readonly options: readonly { value: string; label: string }[];
  readonly tests: readonly ConditionTest[];
};

export type RuleRow = {
  readonly subject: string;
  readonly test: ConditionTest;
  /** A code, a number as typed, or for "is one of" several codes. */
  readonly value: string;
  readonly values: readonly string[];
  /** For "days after": the other date item's key, the comparison and the days. */
  readonly other: string;
  readonly compare: 'gt' | 'lt';
  readonly working: boolean;
};

export type RuleDraft = {
  readonly combine: 'all' | 'any';
  readonly negate: boolean;
  readonly rows: readonly RuleRow[];
};

/** Where a rule sits: on a profile field, a question, a standard or a section. */
export type RuleHolder =
  | { readonly kind: 'profile'; readonly at: number }
  | {
      readonly kind: 'question';
      readonly section: number;
      readonly standard: number;
      readonly question: number;
    }
  | { readonly kind: 'standard'; readonly section: number; readonly standard: number }
  | { readonly kind: 'section'; readonly section: number };

function testsForKind(kind: ItemKind | 'case'): ConditionTest[] {
  switch (kind) {
    case 'case':
      return ['is', 'isNot', 'isOneOf'];
    case 'number':
      return ['moreThan', 'lessThan', 'is', 'answered', 'notAnswered'];
    case 'date':
      return ['daysAfter', 'answered', 'notAnswered'];
    case 'text':
      return ['answered', 'notAnswered'];
    default:
      return ['is', 'isNot', 'isOneOf', 'answered', 'notAnswered'];
  }
}

function itemSubject(
  framework: Framework,
  type: 'question' | 'profile',
  item: Question | ProfileField,
  tr: Translator,
): RuleSubject {
  const scale = framework.scales.find((s) => s.id === item.scale);
  const options = scale
    ? [
        ...scale.options.map((o) => ({ value: o.value, label: o.label || o.value })),
        ...(scale.allowNotApplicable
          ? [{ value: NOT_APPLICABLE, label: tr.t('frameworkEditor.rules', 'N/A') }]
          : []),
        ...(scale.allowNotKnown
          ? [{ value: NOT_KNOWN, label: tr.t('frameworkEditor.rules', 'Not known') }]
          : []),
      ]
    : [];
  return {
    key: `${type}:${item.id}`,
    label: item.text || item.id,
    kind: item.kind,
    options,
    tests: testsForKind(item.kind),
  };
}

/** The questions (in order) before the holder's place, and whether profile fields all come first. */
function earlierQuestions(framework: Framework, holder: RuleHolder): Question[] {
  if (holder.kind === 'profile') return [];
  const out: Question[] = [];
  framework.sections.forEach((section, s) => {
    section.standards.forEach((standard, t) => {
      standard.questions.forEach((question, q) => {
        const before =
          s < holder.section ||
          (s === holder.section &&
            holder.kind !== 'section' &&
            (t < holder.standard ||
              (t === holder.standard && holder.kind === 'question' && q < holder.question)));
        if (before) out.push(question);
      });
    });
  });
  return out;
}

/** What a rule at this place may look at: only earlier items, and the case's area or stratum. */
export function ruleSubjects(
  framework: Framework,
  holder: RuleHolder,
  tr: Translator = ENGLISH,
): RuleSubject[] {
  const profile =
    holder.kind === 'profile' ? framework.profile.slice(0, holder.at) : framework.profile;
  const subjects = [
    ...profile.map((p) => itemSubject(framework, 'profile', p, tr)),
    ...earlierQuestions(framework, holder).map((q) => itemSubject(framework, 'question', q, tr)),
  ];
  const named = (key: 'area' | 'stratum', list: Framework['areas'], label: string) =>
    list && list.length > 0
      ? [
          {
            key: `case:${key}`,
            label,
            kind: 'case' as const,
            options: list.map((n) => ({ value: n.id, label: n.name || n.id })),
            tests: testsForKind('case'),
          },
        ]
      : [];
  return [
    ...subjects,
    ...named('area', framework.areas, tr.t('frameworkEditor.rules', 'The case’s area')),
    ...named('stratum', framework.strata, tr.t('frameworkEditor.rules', 'The case’s stratum')),
  ];
}

export function emptyRow(subject: RuleSubject | undefined): RuleRow {
  return {
    subject: subject?.key ?? '',
    test: subject?.tests[0] ?? 'answered',
    value: '',
    values: [],
    other: '',
    compare: 'gt',
    working: false,
  };
}

/** Whether a rule at this place has anything to look at (cheaper than listing it). */
export function hasRuleSubjects(framework: Framework, holder: RuleHolder): boolean {
  if ((framework.areas?.length ?? 0) > 0 || (framework.strata?.length ?? 0) > 0) return true;
  if (holder.kind === 'profile') return holder.at > 0;
  if (framework.profile.length > 0) return true;
  return framework.sections.some((section, s) =>
    section.standards.some(
      (standard, t) =>
        standard.questions.length > 0 &&
        (s < holder.section ||
          (s === holder.section &&
            holder.kind !== 'section' &&
            (t < holder.standard ||
              (t === holder.standard && holder.kind === 'question' && holder.question > 0)))),
    ),
  );
}
