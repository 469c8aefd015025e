import { cappedErrors, wholeFile } from '../validation/cappedErrors';
import { parseJsonText } from '../validation/parseJsonText';
import { invalid, type ValidationResult, valid } from '../validation/validationResult';
import { issuesToErrors } from '../validation/zodIssues';
import { checkFramework } from './checkFramework';
import { type Framework, frameworkSchema } from './frameworkSchema';

/** Framework files are small; anything near this is junk or the wrong file. */
export const FRAMEWORK_MAX_BYTES = 4 * 1024 * 1024;
/** The deepest a real framework nests (rules inside rules included) is well below this. */
export const FRAMEWORK_MAX_DEPTH = 40;

/** Validates a parsed JSON value as a framework: shape first, then the cross-checks. */
export function checkFrameworkValue(value: unknown): ValidationResult<Framework> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return invalid([wholeFile('must be a JSON object describing a framework')]);
  }
  const parsed = frameworkSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return invalid(cappedErrors(issuesToErrors(parsed.error.issues)));
  const errors = checkFramework(parsed.data);
  return errors.length > 0 ? invalid(cappedErrors(errors)) : valid(parsed.data);
}

/** Reads a framework file's text: JSON syntax, size and depth, shape, then the cross-checks. */
export function loadFramework(text: string): ValidationResult<Framework> {
  const json = parseJsonText(
    text,
    { maxBytes: FRAMEWORK_MAX_BYTES, maxDepth: FRAMEWORK_MAX_DEPTH },
    'framework file',
  );
  if (json.status !== 'ok') return json;
  return checkFrameworkValue(json.value);
}

/** One-line summary used by the CLI and the library screen. */
export function summariseFramework(framework: Framework) {
  const questions = framework.sections.flatMap((s) => s.standards.flatMap((st) => st.questions));
  return {
    questions: questions.length,
    keyQuestions: questions.filter((q) => q.key).length,
    profileFields: framework.profile.length,
    standards: framework.sections.reduce((n, s) => n + s.standards.length, 0),
    sections: framework.sections.length,
  };
}
