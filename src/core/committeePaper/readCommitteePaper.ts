/** Reading a stored or imported committee paper draft. */
import { invalid, type ValidationResult, valid } from '../validation/validationResult';
import { issuesToErrors } from '../validation/zodIssues';
import { type CommitteePaperDraft, committeePaperDraftSchema } from './committeePaperDraft';

export function readCommitteePaperDraft(value: unknown): ValidationResult<CommitteePaperDraft> {
  const parsed = committeePaperDraftSchema.safeParse(value);
  return parsed.success ? valid(parsed.data) : invalid(issuesToErrors(parsed.error.issues));
}
