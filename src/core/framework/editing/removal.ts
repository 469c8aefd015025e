/**
 * What goes with a removal, in words, for the editor's confirmation: "Remove section “Care”?
 * Its 2 standards and 9 questions go with it; 3 rules name its questions."
 */

import { listInWords } from '../../phrasing/listInWords';
import { plural } from '../../phrasing/plural';
import { listQuestions } from '../frameworkItems';
import type { Framework } from '../frameworkSchema';
import { everyRule, itemsNamed, leavesOf, rulesNaming } from './rules';

export type RemovalTarget =
  | { readonly kind: 'section'; readonly section: number }
  | { readonly kind: 'standard'; readonly section: number; readonly standard: number }
  | {
      readonly kind: 'question';
      readonly section: number;
      readonly standard: number;
      readonly question: number;
    }
  | { readonly kind: 'profileField'; readonly at: number }
  | { readonly kind: 'scale'; readonly at: number }
  | { readonly kind: 'option'; readonly scale: number; readonly at: number };

function rulesSentence(count: number, what: string): string[] {
  return count === 0
    ? []
    : [`${what} is named in ${plural(count, 'rule')}, which will need changing.`];
}

function withItems(framework: Framework, ids: string[], parts: string[]): string[] {
  const goes = parts.length > 0 ? [`${listInWords(parts)} go with it.`] : [];
  const self = new Set(ids);
  return [...goes, ...rulesSentence(rulesNaming(framework, self, self), 'What is removed')];
}

function scaleEffects(framework: Framework, at: number): string[] {
  const scale = framework.scales[at];
  if (!scale) return [];
  const users = [...framework.profile, ...listQuestions(framework)].filter(
    (i) => i.scale === scale.id,
  ).length;
  return users === 0
    ? []
    : [
        `${plural(users, 'question or profile field', 'questions or profile fields')} use it and will need another scale.`,
      ];
}

function optionEffects(framework: Framework, scaleAt: number, at: number): string[] {
  const scale = framework.scales[scaleAt];
  const option = scale?.options[at];
  if (!scale || !option) return [];
  const onScale = new Set(
    [...framework.profile, ...listQuestions(framework)]
      .filter((i) => i.scale === scale.id)
      .map((i) => i.id),
  );
  const count = everyRule(framework).filter(({ rule }) =>
    leavesOf(rule).some(
      (leaf) =>
        itemsNamed(leaf).some((id) => onScale.has(id)) &&
        [leaf.equals, leaf.notEquals, ...(leaf.in ?? [])].includes(option.value),
    ),
  ).length;
  return rulesSentence(count, 'This answer');
}

/** The sentences a removal's confirmation says about what goes with it (empty: nothing). */
export function removalEffects(framework: Framework, target: RemovalTarget): string[] {
  switch (target.kind) {
    case 'section': {
      const section = framework.sections[target.section];
      if (!section) return [];
      const questions = section.standards.flatMap((s) => s.questions);
      return withItems(
        framework,
        questions.map((q) => q.id),
        [
          `Its ${plural(section.standards.length, 'standard')}`,
          ...(questions.length > 0 ? [plural(questions.length, 'question')] : []),
        ],
      );
    }
    case 'standard': {
      const standard = framework.sections[target.section]?.standards[target.standard];
      if (!standard) return [];
      const ids = standard.questions.map((q) => q.id);
      return withItems(
        framework,
        ids,
        ids.length > 0 ? [`Its ${plural(ids.length, 'question')}`] : [],
      );
    }
    case 'question': {
      const q =
        framework.sections[target.section]?.standards[target.standard]?.questions[target.question];
      return q ? withItems(framework, [q.id], []) : [];
    }
    case 'profileField': {
      const field = framework.profile[target.at];
      return field ? withItems(framework, [field.id], []) : [];
    }
    case 'scale':
      return scaleEffects(framework, target.at);
    case 'option':
      return optionEffects(framework, target.scale, target.at);
  }
}
