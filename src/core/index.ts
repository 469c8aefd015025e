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
  SamplingDefaults,
  Scale,
  ScaleOption,
  Section,
  Standard,
  Threshold,
} from './framework/frameworkSchema';
export {
  CONFIDENCE_LEVELS,
  frameworkSchema,
  NOT_APPLICABLE,
  NOT_KNOWN,
  SCALED_KINDS,
} from './framework/frameworkSchema';
export { checkFramework } from './framework/checkFramework';
export { differingFields } from './framework/differingFields';
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
export { hiddenItems } from './framework/applicability';
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
export type { DeviceFacts, DeviceRole, FileOpenedHere } from './inspection/deviceRole';
export { deviceRoleOf, LEADS_DEVICE } from './inspection/deviceRole';
// Sampling and case lists
export type { CaseListContext } from './caseList/caseListContext';
export type { CaseListWarning, CaseListWarningKind } from './caseList/caseListWarning';
export type { ColumnMapping, ColumnTarget, ColumnTargetChoice } from './caseList/columnMapping';
export {
  columnTargetChoices,
  columnTargetFromKey,
  columnTargetKey,
  describeColumnTarget,
} from './caseList/columnMapping';
export { decodeCsvBytes } from './caseList/decodeCsvBytes';
export type { PersonalDataKind, PersonalDataWarning } from './caseList/detectPersonalData';
export { detectPersonalData } from './caseList/detectPersonalData';
export { isFormulaLike } from './caseList/formulaCells';
export type { CsvDelimiter, CsvRow, CsvTable } from './caseList/parseCsvTable';
export { CSV_MAX_ROWS, columnLetter, parseCsvTable, readCsvTable } from './caseList/parseCsvTable';
export type { PopulationEntry, ProfileValue } from './caseList/populationEntry';
export { populationEntrySchema, profileValueSchema } from './caseList/populationEntry';
export type { CaseListPreview, PreviewCell, PreviewColumn } from './caseList/previewCaseList';
export { previewCaseList } from './caseList/previewCaseList';
export { suggestColumnMapping } from './caseList/suggestColumnMapping';
export type { CaseListCheck } from './caseList/validateCaseList';
export { validateCaseList } from './caseList/validateCaseList';
export type { SampleCell, SampleDraw, SampleRequest, SamplingUnit } from './sampling/drawSample';
export { drawSample, SAMPLING_ALGORITHM } from './sampling/drawSample';
export { freshSeed } from './sampling/freshSeed';
export type { CellPlan, SampleQuotas } from './sampling/sampleCells';
export { ANY_STRATUM } from './sampling/sampleCells';
export type {
  MarginOfError,
  MarginOfErrorInput,
  SampleSize,
  SampleSizeInput,
} from './sampling/sampleSize';
export { achievedMarginOfError, formatPercentage, requiredSampleSize } from './sampling/sampleSize';
export type { SamplingStart } from './sampling/samplingDefaults';
export { GENERAL_SAMPLING_DEFAULTS, samplingDefaults } from './sampling/samplingDefaults';
// Inspection set-up screens: the sampling record, and the name check for a typed reference
export type { SampleCellRecord } from './inspection/inspectionSchema';
export { samplingRecordSchema } from './inspection/inspectionSchema';
export { referencesThatLookLikeNames } from './caseList/detectPersonalData';
// Findings, statistics, phrasing, cases CSV
export type { CasesCsvContext, CasesCsvWriteOptions } from './exchange/casesCsv';
export { CASE_COLUMNS, readCasesCsv, writeCasesCsv } from './exchange/casesCsv';
export { FINDINGS_TABLE_COLUMNS, findingsTableCsv } from './exchange/findingsTableCsv';
export type { BreakdownBy, GroupNames } from './findings/breakdownGroups';
export type { CasesBehindFinding, CasesBehindOptions } from './findings/casesBehindFinding';
export { casesBehindFinding } from './findings/casesBehindFinding';
export type { FindingsOptions } from './findings/computeFindings';
export { breakdownChoicesOf, computeFindings, isCompleteStatus } from './findings/computeFindings';
export type {
  AnsweredFinding,
  Breakdown,
  Completeness,
  CompletenessGroup,
  Exclusions,
  FindingsCell,
  FindingsResult,
  IncompleteCase,
  ItemFinding,
  MultichoiceFinding,
  NumberFinding,
  OptionCount,
  OverallRating,
  Proportion,
  ProportionFinding,
  CountedFigure,
  StandardOverride,
  StandardRating,
} from './findings/findingTypes';
export { SMALL_BASE } from './findings/findingTypes';
export type { FindingsJson, QuestionFigureJson, StandardJson } from './findings/findingsJson';
export { findingsJsonSchema, toFindingsJson } from './findings/findingsJson';
export type { SentenceSide } from './findings/itemFindings';
export { bandFor, rateStandards, ratedPercent } from './findings/rateStandards';
export type {
  QuestionReadingAgreement,
  Reading,
  ReadingPair,
} from './findings/readingAgreement';
export { compareReadings } from './findings/readingAgreement';
export type { QuantifierIssue } from './phrasing/checkQuantifiers';
export { checkQuantifiers } from './phrasing/checkQuantifiers';
export { figureText, findingSentence } from './phrasing/findingSentence';
export {
  countedText,
  isSmallBase,
  printedFigure,
  SMALL_BASE_KEY,
  SMALL_BASE_MARK,
} from './findings/printedFigure';
export { FRACTION_ANCHORS } from './phrasing/fractions';
export { phraseProportion } from './phrasing/phraseProportion';
// Dates in words, for the screens and the report alike
export { longDate, MONTH_NAMES } from './phrasing/longDate';
// Counts with their nouns, by the language's plural rule
export type { PluralForms } from './phrasing/plural';
export { formatCount, plural, pluralForm } from './phrasing/plural';
export {
  hasOrHave,
  isOrAre,
  itIsOrTheyAre,
  itOrThem,
  itsOrTheir,
  itWasOrTheyWere,
  wasOrWere,
} from './phrasing/agreement';
export { listInWords } from './phrasing/listInWords';
export { numberWithUnit, unitForOne } from './phrasing/numberWithUnit';
export { sampleAndReserves } from './phrasing/sampleAndReserves';
export type { Quantifier, QuantifierVocabulary } from './phrasing/quantifier';
export type { Agreement, QuestionAgreement } from './statistics/cohensKappa';
export { agreementByQuestion, cohensKappa } from './statistics/cohensKappa';
export type { NumberSummary } from './statistics/describeNumbers';
export { describeNumbers } from './statistics/describeNumbers';
export { criticalValue, inverseNormal } from './statistics/inverseNormal';
export {
  formatPercent,
  percentHalfUp,
  roundHalfUp,
  scaledPercentHalfUp,
} from './statistics/roundHalfUp';
export type { ScoredGrid, ScoredGridSummary } from './statistics/scoredGrid';
export { summariseScoredGrid } from './statistics/scoredGrid';
export type { Interval } from './statistics/wilsonInterval';
export { wilsonInterval } from './statistics/wilsonInterval';

// Scoring
export type { AnswerChoice } from './scoring/answerChoices';
export { answerChoices, NOT_APPLICABLE_LABEL, NOT_KNOWN_LABEL } from './scoring/answerChoices';
export type { CaseProgress, TaskProgress, TaskState } from './scoring/caseProgress';
export { caseProgress, taskNeighbours } from './scoring/caseProgress';
export { describeAnswer, NOT_ANSWERED } from './scoring/describeAnswer';
export type { ScoringTask } from './scoring/scoringTasks';
export { PROFILE_TASK_TITLE, scoringTasks, taskOfItem } from './scoring/scoringTasks';
export type { DateParts } from './scoring/validateAnswer';
export {
  dateParts,
  isIsoDate,
  parseDateAnswer,
  parseNumberAnswer,
  validateAnswer,
} from './scoring/validateAnswer';

// Findings screen: the schema a lead's rating override is checked against
export { ratingOverrideSchema } from './inspection/inspectionSchema';

// Example data: the seed 000 cases, as a findings fixture and as the app's example inspection
export type { LacExample, LacExampleOptions } from './example/buildLacExample';
export { buildLacExample, lacReference } from './example/buildLacExample';
export { buildExampleInspection } from './example/exampleInspection';
export {
  EXAMPLE_AREAS,
  EXAMPLE_FRAMEWORK,
  EXAMPLE_SOURCE,
  EXAMPLE_TEAM,
  EXAMPLE_TITLE,
  EXAMPLE_UNFINISHED,
} from './example/exampleSettings';

// Reports and exports
export type {
  HistoryEntry,
  InspectionFile,
  InspectionFileCase,
  InspectionFileContents,
} from './exchange/inspectionFile';
export {
  buildInspectionFile,
  inspectionFileSchema,
  inspectionFileText,
  readInspectionFile,
} from './exchange/inspectionFile';
// The envelope every file about an inspection shares (inspection, pack, work)
export type { FileMade, Sha256Hex } from './exchange/fileEnvelope';
export { INSPECTION_FILE_MAX_BYTES, inspectionFileChecksum } from './exchange/fileEnvelope';
export type { ModerationSummary, ReportInput } from './report';
export { buildReport } from './report';
export type { CurrentFigures, ReportTextIssue } from './report';
export {
  checkReportText,
  currentFigures,
  printedFigures,
  shortFigure,
} from './report';
export type { ExportWhat, FileNameOptions } from './report';
export {
  exportFileName,
  frameworkShortName,
  inspectionShortName,
  localIsoDate,
  localStamp,
  nameInitials,
  packFileName,
  workFileName,
} from './report';
export type { TextPersonalData } from './report';
export { personalDataInText } from './report';
export type {
  ReportBlock,
  ReportBullet,
  ReportChapter,
  ReportDocument,
  ReportExampleBlock,
  ReportRating,
  ReportTable,
} from './report';
export { chapterHeading } from './report';
export type {
  ChapterDraft,
  KeyFinding,
  Recommendation,
  RecommendationStatus,
  ReportDraft,
  ReportExample,
  SentenceSource,
} from './report';
export {
  chapterDraftOf,
  emptyChapterDraft,
  emptyReportDraft,
  isEmptyDraft,
  RECOMMENDATION_STATUS_LABELS,
  readReportDraft,
  reportDraftSchema,
} from './report';

// Moderation: second readings, agreement, decisions (schemas shared with exchange files)
export type {
  ModerationAssignment,
  ModerationCase,
  ModerationData,
  ModerationDecision,
  ModerationSelection,
  ModerationStatus,
  ReadingAnswers,
  SecondReading,
} from './moderation/moderationRecord';
export {
  moderationAssignmentSchema,
  moderationDataSchema,
  moderationDecisionSchema,
  heldForSecondReader,
  moderationIdOf,
  secondReadingStarted,
  moderationRecordSchema,
  moderationSelectionSchema,
  moderationStatusSchema,
  readingAnswersSchema,
  secondReadingSchema,
} from './moderation/moderationRecord';
export type {
  ModerationCandidate,
  ModerationDraw,
  ModerationDrawRequest,
  ModerationSize,
} from './moderation/chooseModerationCases';
export {
  assignSecondReaders,
  casesAskedFor,
  drawModerationCases,
  MODERATION_DRAW_ALGORITHM,
} from './moderation/chooseModerationCases';
export type {
  ModerationAgreement,
  QuestionAgreementRow,
  ReadingDifference,
  StandardAgreement,
} from './moderation/moderationAgreement';
export {
  moderationAgreement,
  poolAgreements,
  readingDifferences,
} from './moderation/moderationAgreement';
export type { ModeratedReadings, ModerationFigures } from './moderation/moderationSummary';
export {
  formatKappa,
  moderationFigures,
  moderationSentence,
} from './moderation/moderationSummary';

// Team work: packs, work files, merge
export type {
  CaseAuditFileKind,
  PackContents,
  PackFile,
  ReadTeamFile,
  TeamFile,
  WorkContents,
  WorkFile,
} from './exchange/teamFiles';
export {
  buildPackFile,
  buildWorkFile,
  CASE_AUDIT_FILE_KINDS,
  checkTeamCases,
  describeFileInspection,
  fileInspectionMismatch,
  packFileSchema,
  readFileEnvelope,
  readTeamFile,
  readTeamFileValue,
  teamFileText,
  workFileSchema,
} from './exchange/teamFiles';
export { STATUS_HISTORY_ITEM } from './exchange/inspectionFile';
export type { DeviceNames } from './exchange/deviceNames';
export {
  DEVICE_NAME_MAX_LENGTH,
  deviceLabel,
  deviceNameProblem,
  deviceNamesIn,
  deviceNamesSchema,
  nameOfDevice,
} from './exchange/deviceNames';
export { fromBase64, toBase64 } from './crypto/base64';
export type { EncryptedFile, KeyHandle, WebCryptoLike } from './crypto/encryptedFile';
export {
  decryptFileText,
  ENCRYPTED_FILE_FORMAT,
  ENCRYPTED_FILE_VERSION,
  encryptedFileSchema,
  encryptedFileText,
  encryptFileText,
  IV_BYTES,
  isEncryptedFileValue,
  MIN_PASSPHRASE_LENGTH,
  PBKDF2_ITERATIONS,
  passphraseProblem,
  readEncryptedFile,
  readEncryptedFileValue,
  SALT_BYTES,
  WRONG_PASSPHRASE,
} from './crypto/encryptedFile';
export type { ConflictRecord } from './merge/conflictRecord';
export {
  conflictRecordSchema,
  mergeDecisionSource,
  readMergeDecision,
} from './merge/conflictRecord';
export type { DecisionWrites } from './merge/decideConflict';
export { arrivedEntry, decideConflict } from './merge/decideConflict';
export type { AnswerMerge, AnswerSide } from './merge/mergeAnswer';
export { headOf, mergeAnswer, sameContent } from './merge/mergeAnswer';
export type {
  AnswerRow,
  CaseChange,
  FileCounts,
  FilePlan,
  HistoryRow,
  IncomingFile,
  MergeCase,
  MergeConflict,
  MergeContext,
  MergeDecision,
  MergedFileRecord,
  MergePlan,
  MergeState,
  MergeWrites,
  ModerationHandOver,
} from './merge/mergeTypes';
export { mergeOrder, planMerge, planWritesNothing } from './merge/planMerge';
export type { ConflictResolution } from './merge/resolveOpenConflict';
export { resolveOpenConflict } from './merge/resolveOpenConflict';
export type { Revision, RevisionSet } from './merge/revisions';
export { containsAll, holds, revisionKey, revisionsOf } from './merge/revisions';
export type { AuditTrailCase } from './exchange/auditTrailCsv';
export { AUDIT_TRAIL_COLUMNS, auditTrailCsv, describeHow } from './exchange/auditTrailCsv';
