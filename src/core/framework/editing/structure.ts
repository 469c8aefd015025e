/**
 * Sections, standards and questions: added, changed, removed, reordered, a question moved to
 * another standard and a standard to another section. A question is named by its place:
 * section, standard and question index. A move keeps every rule as it is, so the checks say
 * when one now refers to an item that comes later.
 */
import { listQuestions } from '../frameworkItems';
import type { Framework, Question, Section, Standard } from '../frameworkSchema';
import { inserted, moved, replaced, uniqueId, without } from './lists';

export type StandardRef = { readonly section: number; readonly standard: number };
export type QuestionRef = StandardRef & { readonly question: number };

/** Every id a framework uses, so a new part never takes one already used. */
export function takenIds(framework: Framework): Set<string> {
  return new Set([
    ...framework.scales.map((s) => s.id),
    ...framework.profile.map((p) => p.id),
    ...framework.sections.map((s) => s.id),
    ...framework.sections.flatMap((s) => s.standards.map((st) => st.id)),
    ...listQuestions(framework).map((q) => q.id),
  ]);
}

export function updateSection(
  framework: Framework,
  at: number,
  change: (section: Section) => Section,
): Framework {
  return { ...framework, sections: replaced(framework.sections, at, change) };
}

export function updateStandard(
  framework: Framework,
  ref: StandardRef,
  change: (standard: Standard) => Standard,
): Framework {
  return updateSection(framework, ref.section, (section) => ({
    ...section,
    standards: replaced(section.standards, ref.standard, change),
  }));
}

export function updateQuestion(
  framework: Framework,
  ref: QuestionRef,
  change: (question: Question) => Question,
): Framework {
  return updateStandard(framework, ref, (standard) => ({
    ...standard,
    questions: replaced(standard.questions, ref.question, change),
  }));
}

/** A new section, with one new standard, at the end. */
export function addSection(framework: Framework): Framework {
  const taken = takenIds(framework);
  const id = uniqueId('section', taken);
  taken.add(id);
  const standard: Standard = { id: uniqueId('standard', taken), title: '', questions: [] };
  return {
    ...framework,
    sections: [...framework.sections, { id, title: '', standards: [standard] }],
  };
}

export function removeSection(framework: Framework, at: number): Framework {
  return { ...framework, sections: without(framework.sections, at) };
}

export function moveSection(framework: Framework, from: number, to: number): Framework {
  return { ...framework, sections: moved(framework.sections, from, to) };
}

/** A new, empty standard at the end of a section. */
export function addStandard(framework: Framework, section: number): Framework {
  const standard: Standard = {
    id: uniqueId('standard', takenIds(framework)),
    title: '',
    questions: [],
  };
  return updateSection(framework, section, (s) => ({
    ...s,
    standards: [...s.standards, standard],
  }));
}

export function removeStandard(framework: Framework, ref: StandardRef): Framework {
  return updateSection(framework, ref.section, (s) => ({
    ...s,
    standards: without(s.standards, ref.standard),
  }));
}

export function moveStandard(
  framework: Framework,
  section: number,
  from: number,
  to: number,
): Framework {
  return updateSection(framework, section, (s) => ({
    ...s,
    standards: moved(s.standards, from, to),
  }));
}

/**
 * A standard, with its questions and their rules, taken from its section and put at the end of
 * another (or at `at`).
 */
export function moveStandardTo(
  framework: Framework,
  from: StandardRef,
  section: number,
  at?: number,
): Framework {
  const standard = framework.sections[from.section]?.standards[from.standard];
  if (!standard || framework.sections[section] === undefined) return framework;
  const removed = removeStandard(framework, from);
  return updateSection(removed, section, (s) => ({
    ...s,
    standards: inserted(s.standards, standard, at),
  }));
}

/** A new question at the end of a standard: on the first scale if there is one, else text. */
export function addQuestion(framework: Framework, ref: StandardRef): Framework {
  const id = uniqueId('question', takenIds(framework));
  const scale = framework.scales[0]?.id;
  const question: Question =
    scale === undefined
      ? { id, text: '', kind: 'text' }
      : { id, text: '', kind: 'judgement', scale };
  return updateStandard(framework, ref, (s) => ({
    ...s,
    questions: [...s.questions, question],
  }));
}

export function removeQuestion(framework: Framework, ref: QuestionRef): Framework {
  return updateStandard(framework, ref, (s) => ({
    ...s,
    questions: without(s.questions, ref.question),
  }));
}

export function moveQuestion(
  framework: Framework,
  ref: StandardRef,
  from: number,
  to: number,
): Framework {
  return updateStandard(framework, ref, (s) => ({
    ...s,
    questions: moved(s.questions, from, to),
  }));
}

/** A question taken from its standard and put at the end of another (or at `at`). */
export function moveQuestionTo(
  framework: Framework,
  from: QuestionRef,
  to: StandardRef,
  at?: number,
): Framework {
  const question =
    framework.sections[from.section]?.standards[from.standard]?.questions[from.question];
  if (!question || framework.sections[to.section]?.standards[to.standard] === undefined) {
    return framework;
  }
  const removed = removeQuestion(framework, from);
  return updateStandard(removed, to, (s) => ({
    ...s,
    questions: inserted(s.questions, question, at),
  }));
}
