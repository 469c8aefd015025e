/**
 * The one door into core: everything outside src/core imports from here, never from a file
 * inside it (lint enforces this). Core is pure TypeScript: no DOM, no IndexedDB, no UI.
 * Exports are grouped by area, each block under a comment naming it.
 */

// Validation results shared by every parser and importer
export type {
  Invalid,
  Valid,
  ValidationError,
  ValidationResult,
} from './validation/validationResult';
export { formatPath, invalid, valid } from './validation/validationResult';
export { issuesToErrors } from './validation/zodIssues';
export { nestingDepth, parseJsonText } from './validation/parseJsonText';
export { canonicalJson } from './validation/canonicalJson';

// Frameworks
export type {
  Condition,
  FindingWording,
  Framework,
  ItemKind,
  Meaning,
  Named,
  PercentBand,
  PointsBand,
  ProfileField,
  Question,
  RatingRules,
  Scale,
  ScaleOption,
  Section,
  Standard,
  Threshold,
} from './framework/frameworkSchema';
export {
  frameworkSchema,
  NOT_APPLICABLE,
  NOT_KNOWN,
  SCALED_KINDS,
} from './framework/frameworkSchema';
export { checkFramework } from './framework/checkFramework';
export {
  checkFrameworkValue,
  FRAMEWORK_MAX_BYTES,
  loadFramework,
  summariseFramework,
} from './framework/loadFramework';
export type { FrameworkIndex, FrameworkItem } from './framework/frameworkItems';
export {
  frameworkKey,
  indexFramework,
  listQuestions,
  standardRatedBy,
} from './framework/frameworkItems';
export type { AnswerLookup } from './framework/applicability';
export { evaluateCondition, hiddenItems } from './framework/applicability';
export { describeApplicability, describeCondition } from './framework/describeCondition';

// Inspections, cases and answers
export type { AnswerValue } from './inspection/answerValue';
export { isAnswered, isSpecialAnswer } from './inspection/answerValue';
export type {
  Answer,
  Area,
  Case,
  CaseStatus,
  CaseWithAnswers,
  Inspection,
  InspectionKind,
  MemberRole,
  RatingOverride,
  SamplingRecord,
  Stratum,
  TeamMember,
} from './inspection/inspectionSchema';
export {
  answerSchema,
  caseSchema,
  caseStatusSchema,
  inspectionKindSchema,
  inspectionSchema,
} from './inspection/inspectionSchema';
