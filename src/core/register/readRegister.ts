/** Reading a stored register's recommendations, each checked by the register's schema. */
import { invalid, type ValidationResult, valid } from '../validation/validationResult';
import { issuesToErrors } from '../validation/zodIssues';
import { type RegisterRecommendation, registerRecommendationSchema } from './registerSchema';

/** Checks stored recommendations as a whole: one that does not read refuses them all, with its place. */
export function readRegisterRecommendations(
  value: readonly unknown[],
): ValidationResult<RegisterRecommendation[]> {
  const parsed = registerRecommendationSchema.array().safeParse(value);
  return parsed.success ? valid(parsed.data) : invalid(issuesToErrors(parsed.error.issues));
}
