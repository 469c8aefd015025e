/**
 * Framework text is a plain string today. A second language will make a text field hold both
 * (for example `{ en, cy }`): every editor and workbook path reads and writes a framework's text
 * through these two functions, so that change lands here and not in every screen.
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
