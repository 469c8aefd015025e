/**
 * Which top-level fields of two files of one framework version differ ("title", "sections"),
 * in the file format's order: what to tell someone whose file has the id and version of a
 * framework already in the library but is not that framework.
 */
import { canonicalJson } from '../validation/canonicalJson';
import { type Framework, frameworkSchema } from './frameworkSchema';

export function differingFields(a: Framework, b: Framework): string[] {
  return (Object.keys(frameworkSchema.shape) as (keyof Framework)[]).filter(
    (key) => canonicalJson(a[key]) !== canonicalJson(b[key]),
  );
}
