/**
 * The identifier a new framework (a duplicate) is given: the schema's rule for a framework id,
 * and never one already used on this device (by a framework or a draft), so the copy starts a
 * framework of its own.
 */
import { frameworkSchema } from './frameworkSchema';

export type NewFrameworkStart = { readonly id: string; readonly title: string };

/** What is wrong with a duplicate's id and title, by field; empty when both are fine. */
export function newFrameworkProblems(
  start: NewFrameworkStart,
  idsInUse: readonly string[],
): { id?: string; title?: string } {
  const problems: { id?: string; title?: string } = {};
  const id = start.id.trim();
  if (id === '') problems.id = 'Enter an identifier for the new framework';
  else if (!frameworkSchema.shape.id.safeParse(id).success)
    problems.id =
      'The identifier must be lower-case letters, digits and dashes, starting with a letter or digit (at most 80)';
  else if (idsInUse.includes(id))
    problems.id = `The identifier ${id} is already used on this device: choose another`;
  if (start.title.trim() === '') problems.title = 'Enter a title for the new framework';
  return problems;
}
