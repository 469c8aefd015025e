/**
 * A framework's text is a plain string, in English; Welsh sits beside it in `translations.cy`
 * (frameworkLanguages.ts). Every editor and workbook path reads and writes a text through these
 * two functions, so a change to how a text is held lands here and not in every screen.
 */
export type FrameworkText = string;

/** The text to show or edit for a field (empty when the field is absent). */
export function readText(field: FrameworkText | undefined): string {
  return field ?? '';
}

/**
 * The field's new value after the user typed `value`; `undefined` for an optional field left
 * empty, so an emptied optional field leaves the file rather than staying as "".
 */
export function writeText(
  _previous: FrameworkText | undefined,
  value: string,
  options: { optional?: boolean } = {},
): FrameworkText | undefined {
  if (options.optional && value === '') return undefined;
  return value;
}
