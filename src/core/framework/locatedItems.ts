/**
 * Every question and profile field of a framework with its JSON path and its place in the order
 * items are asked, for the checks that name where a problem is.
 */
import type { Framework, ProfileField, Question } from './frameworkSchema';

export type Located = {
  readonly type: 'profile' | 'question';
  readonly item: ProfileField | Question;
  readonly path: string;
  readonly order: number;
};

/** An id as the checks' messages show it: in double quotes. */
export function quote(id: string): string {
  return `"${id}"`;
}

export function locateItems(framework: Framework): Located[] {
  const located: Located[] = [];
  framework.profile.forEach((item, i) => {
    located.push({ type: 'profile', item, path: `profile[${i}]`, order: located.length });
  });
  framework.sections.forEach((section, s) => {
    section.standards.forEach((standard, t) => {
      standard.questions.forEach((item, q) => {
        located.push({
          type: 'question',
          item,
          path: `sections[${s}].standards[${t}].questions[${q}]`,
          order: located.length,
        });
      });
    });
  });
  return located;
}
