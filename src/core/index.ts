/**
 * Over 400 lines: it lists every export of core, grouped by concept, and one door is the point.
 *
 * The one door into core: everything outside src/core imports from here, never from a file
 * inside it (lint enforces this). Core is pure TypeScript: no DOM, no IndexedDB, no UI.
 * Exports are grouped by area, each block under a comment naming it.
 * Over 400 lines: it is a list of names, one block per area; splitting it would make a second
 * door, which is what this file exists to prevent.
 */

// Validation results shared by every parser and importer
export type { Invalid, ValidationError, ValidationResult } from './validation/validationResult';
export { invalid, valid } from './validation/validationResult';
export { issuesToErrors } from './validation/zodIssues';
export { parseJsonText } from './validation/parseJsonText';
export { canonicalJson } from './validation/canonicalJson';

// Frameworks
export type {
  Condition,
  Framework,
  ItemKind,
  Meaning,
  Named,
  PercentBand,
  ProfileField,
  Question,
  RatingRules,
  Scale,
  Section,
  Standard,
} from './framework/frameworkSchema';
export { CONFIDENCE_LEVELS, NOT_APPLICABLE, NOT_KNOWN } from './framework/frameworkSchema';

export { differingFields } from './framework/differingFields';
export { compareVersions } from './framework/compareVersions';
export { FRAMEWORK_MAX_BYTES, loadFramework, summariseFramework } from './framework/loadFramework';
export type { LibraryReadWorkbook } from './framework/workbook/workbookObject';
export {
  fillFrameworkWorkbook,
  readFrameworkWorkbook,
} from './framework/workbook/frameworkWorkbook';
export { WORKBOOK_MAX_BYTES } from './framework/workbook/workbookBytes';
export type { FrameworkIndex, FrameworkItem } from './framework/frameworkItems';
export {
  frameworkKey,
  indexFramework,
  listQuestions,
  standardRatedBy,
} from './framework/frameworkItems';

export {
  describeApplicability,
  describeCondition,
  describeScopeApplicability,
} from './framework/describeCondition';
export { type CasePlace, effectiveRule } from './framework/applicability';
// The framework editor: pure edits of a draft, its checks, and the rule builder's model
export { readText, writeText } from './framework/frameworkText';
export { localiseFramework } from './framework/frameworkLanguages';
export {
  followTranslations,
  translationKeys,
  withWelsh,
} from './framework/editing/translations';
export { SCALED_KINDS } from './framework/frameworkSchema';
export type { DraftProblem } from './framework/editing/draftChecks';
export { draftMissingWelsh, draftProblems } from './framework/editing/draftChecks';
export type { EditorPart } from './framework/editing/fieldIds';
export { fieldIdCandidates, fieldIdOfPath } from './framework/editing/fieldIds';
export { inserted, moved, replaced, without } from './framework/editing/lists';
export type { ItemPlace } from './framework/editing/renames';
export { renameItem, renameNamed, renameOption, renameScale } from './framework/editing/renames';
export { removalEffects } from './framework/editing/removal';
export type {
  RuleDraft,
  RuleHolder,
  RuleRow,
  RuleSubject,
  ConditionTest,
} from './framework/editing/ruleBuilder';
export {
  emptyRow,
  hasRuleSubjects,
  ruleSubjects,
} from './framework/editing/ruleBuilder';
export { draftToRule, ruleToDraft } from './framework/editing/ruleConversion';
export {
  addQuestion,
  addSection,
  addStandard,
  moveQuestion,
  moveQuestionTo,
  moveSection,
  moveStandard,
  moveStandardTo,
  removeQuestion,
  removeSection,
  removeStandard,
  updateQuestion,
  updateSection,
  updateStandard,
} from './framework/editing/structure';
export {
  addProfileField,
  moveProfileField,
  removeProfileField,
  updateProfileField,
  withKind,
} from './framework/editing/items';
export {
  addOption,
  addScale,
  moveOption,
  moveScale,
  removeOption,
  removeScale,
  updateOption,
  updateScale,
} from './framework/editing/scales';
// Framework versions: content hash, next number, diff, moving an inspection to a new version
export type { VersionReason, VersionSuggestion } from './framework/frameworkVersions';
export { frameworkHash, nextVersion, suggestVersion } from './framework/frameworkVersions';
export type { DiffEntry, FrameworkDiff } from './framework/diffFrameworks';
export { diffFrameworks } from './framework/diffFrameworks';
export type { AnswersByItem } from './framework/answerFit';
export { answerFit, answerFitCounts } from './framework/answerFit';
export type { FrameworkMapping, MigrationPlan, PlannedAnswer } from './framework/migrationPlan';
export {
  mappingProblems,
  planMigration,
  recordsAfterMove,
  suggestMapping,
} from './framework/migrationPlan';
export { newFrameworkProblems } from './framework/newFrameworkId';

// Inspections, cases and answers
export type { AnswerValue } from './inspection/answerValue';

export { sameValue } from './inspection/answerValue';
export type {
  Answer,
  Area,
  Case,
  CaseStatus,
  CaseWithAnswers,
  FrameworkMove,
  Inspection,
  InspectionKind,
  MemberRole,
  RatingOverride,
  SamplingRecord,
  Stratum,
  TeamMember,
} from './inspection/inspectionSchema';
export { CASE_REF_MAX_LENGTH } from './inspection/inspectionSchema';

export type { DeviceRole, FileOpenedHere } from './inspection/deviceRole';
export { LEADS_DEVICE, deviceRoleOf } from './inspection/deviceRole';
export type { InspectionDraft } from './inspection/inspectionDraft';
export { checkInspectionDraft, newInspection, trimmedDraft } from './inspection/inspectionDraft';
export type { CaseUsage } from './inspection/caseUsage';
export { caseUsageOf, removalErrors, removalProblem } from './inspection/caseUsage';
export type { NewCase } from './inspection/casePlacement';
export {
  assignmentErrors,
  casesToAssign,
  drawnOutsideErrors,
  newCasesFrom,
  placementErrors,
  splitRepeatedRefs,
} from './inspection/casePlacement';
export { leadActionBy, memberName } from './inspection/teamMember';
export { byRef, compareRefsAsRead } from './inspection/caseOrder';
export { caseIdMoves, seededCaseIds } from './inspection/caseIds';
// Sampling and case lists
export type { CaseListContext } from './caseList/caseListContext';
export type { CaseListWarning } from './caseList/caseListWarning';
export type { ColumnMapping, ColumnTargetChoice } from './caseList/columnMapping';
export {
  columnTargetChoices,
  columnTargetFromKey,
  columnTargetKey,
} from './caseList/columnMapping';

export type { PersonalDataWarning } from './caseList/detectPersonalData';
export { detectPersonalData } from './caseList/detectPersonalData';

export type { CsvDelimiter, CsvTable } from './caseList/parseCsvTable';
export { readCsvTable } from './caseList/parseCsvTable';
export type { PopulationEntry } from './caseList/populationEntry';

export type { CaseListPreview } from './caseList/previewCaseList';
export { previewCaseList } from './caseList/previewCaseList';
export { suggestColumnMapping } from './caseList/suggestColumnMapping';

export { validateCaseList } from './caseList/validateCaseList';
export type { SampleDraw } from './sampling/drawSample';
export { drawSample } from './sampling/drawSample';
export { freshSeed } from './sampling/freshSeed';
export type { SampleQuotas } from './sampling/sampleCells';
export { ANY_STRATUM } from './sampling/sampleCells';

export { achievedMarginOfError, formatPercentage, requiredSampleSize } from './sampling/sampleSize';
export type { SamplingStart } from './sampling/samplingDefaults';
export { samplingDefaults } from './sampling/samplingDefaults';
export { isSameSample, samplingRecordOf } from './sampling/samplingRecord';
export type { PopulationCell } from './sampling/populationCells';
export { populationCells } from './sampling/populationCells';
// Inspection set-up screens: the sampling record, and the name check for a typed reference

export { referencesThatLookLikeNames } from './caseList/detectPersonalData';
// Findings, statistics, phrasing, cases CSV

export { readCasesCsv, writeCasesCsv } from './exchange/casesCsv';
export { findingsTableCsv } from './exchange/findingsTableCsv';

export type { CasesBehindFinding } from './findings/casesBehindFinding';
export { casesBehindFinding } from './findings/casesBehindFinding';
export type { FindingsOptions } from './findings/computeFindings';
export { breakdownChoicesOf, computeFindings } from './findings/computeFindings';
export type { FindingsCase } from './findings/findingsCase';
export { findingsCasesOf } from './findings/findingsCase';

export { findingsOptionsFor } from './findings/findingsOptions';
export type { FindingsCases } from './findings/countedCases';
export { countsInFindings, joinCasesAndAnswers } from './findings/countedCases';
export type {
  Breakdown,
  Completeness,
  CompletenessGroup,
  CountedFigure,
  Exclusions,
  FindingsResult,
  ItemFinding,
  MultichoiceFinding,
  NumberFinding,
  OptionCount,
  OverallRating,
  Proportion,
  ProportionFinding,
  StandardRating,
} from './findings/findingTypes';
export { SMALL_BASE } from './findings/findingTypes';

export { toFindingsJson } from './findings/findingsJson';

export { bandFor } from './findings/rateStandards';
export type { Reading } from './findings/readingAgreement';
export { compareReadings } from './findings/readingAgreement';

export {
  SMALL_BASE_KEY,
  smallBaseKey,
  SMALL_BASE_MARK,
  countedText,
  hasSmallBase,
  isSmallBase,
  printedFigure,
} from './findings/printedFigure';

// Dates in words, for the screens and the report alike
// Counts with their nouns, by the language's plural rule

export { formatCount, plural } from './phrasing/plural';

export { sampleAndReserves } from './phrasing/sampleAndReserves';

export type { Agreement } from './statistics/cohensKappa';

export type { NumberSummary } from './statistics/describeNumbers';

export { formatPercent, roundHalfUp } from './statistics/roundHalfUp';

// Scoring
export type { AnswerChoice } from './scoring/answerChoices';
export { answerChoices, specialChoices } from './scoring/answerChoices';
export {
  otherTextProblem,
  otherWords,
  splitChoice,
  toggleChoice,
} from './scoring/multichoiceAnswer';
export type { CaseProgress, TaskProgress, TaskState } from './scoring/caseProgress';
export { caseProgress, statusOnceAnswered, taskNeighbours } from './scoring/caseProgress';
export { describeAnswer } from './scoring/describeAnswer';
export type { ScoringTask } from './scoring/scoringTasks';
export { taskOfItem } from './scoring/scoringTasks';
export type { DateParts } from './scoring/validateAnswer';
export {
  dateParts,
  parseDateAnswer,
  parseNumberAnswer,
  validateAnswer,
} from './scoring/validateAnswer';

// Findings screen: the schema a lead's rating override is checked against
export { ratingOverrideSchema } from './inspection/inspectionSchema';
export type { OverrideDraft } from './findings/ratingOverride';
export { canOverride, checkOverride, ratingChoices, withOverride } from './findings/ratingOverride';
export { overrideInForce } from './findings/ratingOverride';

// Example data: the seed 000 cases, as a findings fixture and as the app's example inspection

export { buildLacExample } from './example/buildLacExample';
export { buildExampleInspection } from './example/exampleInspection';
export { EXAMPLE_FRAMEWORK, EXAMPLE_SOURCE } from './example/exampleSettings';

// Reports and exports
export type {
  HistoryEntry,
  InspectionFile,
  InspectionFileCase,
  InspectionFileContents,
} from './exchange/inspectionFile';
export {
  buildInspectionFile,
  inspectionFileText,
  readInspectionFile,
} from './exchange/inspectionFile';
export { withRandomCaseIds } from './exchange/inspectionFileIds';
// The envelope every file about an inspection shares (inspection, pack, work)
export type { FileMade } from './exchange/fileEnvelope';
export { INSPECTION_FILE_MAX_BYTES } from './exchange/fileEnvelope';
export type { ModerationSummary } from './report';
export { buildReport, reportWords } from './report';
export type { CurrentFigures } from './report';
export { checkReportText, currentFigures } from './report';

export {
  auditTrailFileName,
  exportFileName,
  inspectionShortName,
  localIsoDate,
  localStamp,
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
  ReportWords,
  ReportTable,
} from './report';
export { anchorOf, chapterHeading, numberedCaption } from './report';
export type { NewsReleaseDocument, NewsReleaseDraft } from './report';
export { buildNewsRelease, emptyNewsRelease, newsReleaseBlocks } from './report';
export type { KeyFindingSuggestion, SuggestionOptions } from './report';
export { suggestKeyFindings } from './report';
export type {
  ChapterDraft,
  KeyFinding,
  Recommendation,
  RecommendationStatus,
  ReportDraft,
  ReportExample,
  ReportLogo,
  ReportStyle,
  ReportTemplate,
  TeamCredit,
} from './report';
export {
  LOGO_MAX_BYTES,
  RECOMMENDATION_STATUS_LABELS,
  REPORT_TEMPLATES,
  chapterDraftOf,
  emptyReportDraft,
  isEmptyDraft,
  readReportDraft,
  reportDraftSchema,
  reportLogoSchema,
  reportTemplateOf,
} from './report';

// Moderation: second readings, agreement, decisions (schemas shared with exchange files)
export type {
  ModerationAssignment,
  ModerationCase,
  ModerationData,
  ModerationDecision,
  ModerationSelection,
  ReadingAnswers,
  SecondReading,
} from './moderation/moderationRecord';
export {
  assignedReading,
  heldForSecondReader,
  moderationDataSchema,
  moderationIdOf,
  moderationRecordSchema,
  readerChangeProblem,
  secondReadingStarted,
  withdrawalProblem,
} from './moderation/moderationRecord';
export type { ModerationSize } from './moderation/chooseModerationCases';
export { assignSecondReaders, drawModerationCases } from './moderation/chooseModerationCases';
export {
  casesAskedFor,
  moderationCandidates,
  nextReader,
  secondReadingProblem,
} from './moderation/chooseModerationCases';
export type { ModerationAgreement, ReadingDifference } from './moderation/moderationAgreement';
export { moderationAgreement, readingDifferences } from './moderation/moderationAgreement';
export type { ModeratedReadings, ModerationFigures } from './moderation/moderationSummary';
export { formatKappa, moderationFigures, moderationSentence } from './moderation/moderationSummary';
export { readingValues } from './moderation/readingAnswers';
export { decisionSource, finalAnswer, withDecisions } from './moderation/moderationDecisions';
export type { ImportHow, IncomingAnswer } from './moderation/decisionAnswers';
export { decisionAnswers } from './moderation/decisionAnswers';
export type { SecondReadingSkipped } from './moderation/readingExchange';
export {
  applyAssignment,
  applySecondReading,
  assignmentSkipped,
  allAssignments,
  assignmentsFor,
  readingsBy,
} from './moderation/readingExchange';

// Team work: packs, work files, merge
export type { PackFile, TeamFile, WorkContents, WorkFile } from './exchange/teamFiles';
export {
  buildPackFile,
  buildWorkFile,
  describeFileInspection,
  readTeamFileValue,
  teamFileText,
} from './exchange/teamFiles';
export { FRAMEWORK_HISTORY_ITEM, STATUS_HISTORY_ITEM } from './exchange/inspectionFile';
export { answerOf, casesWithAnswers, historyEntryOf } from './exchange/fileCases';
export { packScope } from './exchange/packScope';
export type { DeviceNames } from './exchange/deviceNames';
export {
  deviceLabel,
  deviceNameProblem,
  deviceNamesIn,
  nameOfDevice,
} from './exchange/deviceNames';

export type { EncryptedFile } from './crypto/encryptedFile';
export {
  MIN_PASSPHRASE_LENGTH,
  decryptFileText,
  encryptFileText,
  encryptedFileText,
  isEncryptedFileValue,
  passphraseProblem,
  readEncryptedFileValue,
} from './crypto/encryptedFile';
export type { ConflictRecord } from './merge/conflictRecord';
export { conflictRecordSchema } from './merge/conflictRecord';
export { readMergeDecision } from './exchange/mergeDecisionSource';

export type { AnswerPatch, AnswerSnapshot } from './merge/mergeAnswerEdit';
export { NO_ANSWER, editClashes, mergeAnswerEdit } from './merge/mergeAnswerEdit';
export type {
  FileCounts,
  FilePlan,
  IncomingFile,
  MergeConflict,
  MergeContext,
  MergeDecision,
  MergePlan,
  MergeState,
  MergeWrites,
  AnswerRow,
} from './merge/mergeTypes';
export { emptyCounts, planMerge, planWritesNothing } from './merge/planMerge';
export type { StoredHistoryRow } from './merge/mergeState';
export {
  arrivingCaseIds,
  earlierFrameworkKeys,
  frameworkForMerge,
  mergeCaseOf,
  mergeFrameworkKey,
  mergeStateOf,
  packAmong,
} from './merge/mergeState';
export type { OpenConflict } from './merge/conflictNow';
export { conflictNow } from './merge/conflictNow';

export { resolveOpenConflict } from './merge/resolveOpenConflict';

export { holds } from './merge/revisions';

export { auditTrailCsv, movedWords } from './exchange/auditTrailCsv';

// Issue 18: many inspections as one
export type { InspectionToCombine } from './findings/combineInspections';
export {
  combineInspectionCases,
  combineProblem,
  combinedGroupNames,
} from './findings/combineInspections';
export { combinedFindingsDocument } from './report';
// Issue 18: findings engine (two-way breakdowns, inspections analysed together)
export type { BreakdownSpec, GroupNames } from './findings/breakdownGroups';
export { parseBreakdownSpec } from './findings/breakdownGroups';
export { countFindings } from './findings/computeFindings';
export type { FindingsColumns } from './findings/findingsColumns';
export { findingsColumns } from './findings/findingsColumns';

// Issue 18: two-way tables
export type { TwoWayFigure, TwoWayTable } from './findings/twoWayTable';
export { isTwoWay, twoWayTables } from './findings/twoWayTable';

// Issue 18: cross-tabs
export type { CrossTab, CrossTabChoice } from './findings/crossTab';
export { computeCrossTab, crossTabChoicesOf } from './findings/crossTab';
export { crossTabCsv } from './exchange/crossTabCsv';
export {
  crossTabBasisText,
  crossTabLeftOutLines,
  crossTabPercent,
  crossTabReading,
  crossTabTitle,
} from './findings/crossTabWords';

// Issue 18: research tables
export type {
  BasedCount,
  CodedVariablesTable,
  RecordingTable,
  ScoreGrid,
} from './findings/researchTables';
export {
  codedVariablesByGroup,
  leastRecordedItem,
  recordingByGroup,
  scoreGrids,
} from './findings/researchTables';
export { researchTablesCsv } from './exchange/researchTablesCsv';

// Issue 18: codebook, SPSS and R syntax for the cases spreadsheet
export { buildCodebook } from './exchange/codebook';
export type { CodebookFileFormat } from './exchange/codebookFiles';
export { CODEBOOK_FILE_FORMATS, codebookFileText } from './exchange/codebookFiles';
export { codebookFileName } from './report';

// Issue 13: case data protected on the device (keys, passphrases, recovery codes, locking)
export { toBase64, fromBase64 } from './crypto/base64';
export { ARGON2ID_PARAMETERS } from './protection/keyDerivationParameters';
export { DEVICE_PASSPHRASE_MIN_LENGTH, checkPassphrase } from './protection/passphraseCheck';
export { parseRecoveryCode, recoveryCodeText } from './protection/recoveryCode';
export { unlockDelayMs } from './protection/unlockDelay';
export {
  AUTO_LOCK_DEFAULT_MINUTES,
  AUTO_LOCK_LIMITS,
  effectiveAutoLockMinutes,
} from './protection/autoLock';
export type { UnlockMethod, WrappedKey } from './protection/wrappedKey';
export { wrappedKeySchema } from './protection/wrappedKey';

// Issue 14: the team server (accounts, roles, the audit log)
export type {
  AccountChangeRequest,
  AccountSummary,
  ApiError,
  FirstAdministratorRequest,
  InspectionMember,
  ServerTeam,
  NewAccountRequest,
  TeamInspection,
  SignedIn,
  SignInRequest,
  TeamRole,
  TokenSignedIn,
} from './teamServer/accountSchemas';
export {
  accountChangeRequestSchema,
  accountListSchema,
  accountSummarySchema,
  apiErrorSchema,
  firstAdministratorRequestSchema,
  inspectionMemberListSchema,
  newAccountRequestSchema,
  newServerInspectionRequestSchema,
  roleRequestSchema,
  serverHealthSchema,
  teamInspectionListSchema,
  serverTeamSchema,
  teamInspectionSchema,
  setupNeededSchema,
  signedInSchema,
  signInRequestSchema,
  TEAM_ROLE_NAMES,
  TEAM_ROLES,
  tokenSignedInSchema,
} from './teamServer/accountSchemas';
export { apiProblems, readApiBody } from './teamServer/apiBody';
export type { TeamConnection } from './teamServer/teamConnection';
export {
  readServerAddress,
  SAME_ORIGIN,
  teamConnectionSchema,
} from './teamServer/teamConnection';
export { serverAuditCsv } from './teamServer/serverAuditCsv';

// Issue 14: the sync rules a team server applies
export type { CaseAccess, SyncCaller } from './sync/caseAccess';
export { caseAccess } from './sync/caseAccess';
export type { PullRows, Sequenced } from './sync/planPull';
export { planPull, pullResponseOf } from './sync/planPull';
export { pushRefusals } from './sync/pushAccess';
export { pushAsIncoming } from './sync/pushAsIncoming';
export type { ConflictDecision } from './sync/conflictDecisions';
export {
  conflictsFromServer,
  decisionsPushResponseSchema,
  decisionsPushSchema,
  decisionsToSend,
  recordDecisions,
} from './sync/conflictDecisions';
export type { PushRequest } from './sync/syncSchemas';
export {
  TEAM_SERVER_DEVICE,
  assignmentsPushResponseSchema,
  assignmentsPushSchema,
  packResponseSchema,
  pullQuerySchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  readPush,
} from './sync/syncSchemas';
export { packFileSchema, workFileSchema } from './exchange/teamFiles';
export type { DeviceSync } from './sync/deviceSync';
export { deviceSyncSchema, newDeviceSync, pushIdFor } from './sync/deviceSync';

// Issue 16: published figures as benchmarks beside a framework, and an audit's figures compared with them
export type { BenchmarkSet } from './benchmarks/benchmarkSchema';
export {
  BENCHMARKS_MAX_BYTES,
  loadBenchmarkSet,
  readBenchmarkSet,
} from './benchmarks/readBenchmarkSet';
export { benchmarkFileName, writeBenchmarkSet } from './benchmarks/writeBenchmarkSet';
export type { BenchmarkResult } from './benchmarks/compareWithBenchmark';
export { compareWithBenchmarks } from './benchmarks/compareWithBenchmark';
export { benchmarkWords } from './benchmarks/benchmarkWords';

// Issue 16: the recommendations register and the committee paper
export type {
  RagStatus,
  RegisterChange,
  RegisterFile,
  RegisterRecommendation,
} from './register/registerSchema';
export { registerRecommendationSchema } from './register/registerSchema';
export { readRegisterRecommendations } from './register/readRegister';
export {
  loadRegisterFile,
  readRecommendation,
  readRegisterFile,
} from './register/readRegisterFile';
export { mergeRegister, registerFile } from './register/mergeRegister';
export { withHistory } from './register/registerChanges';
export type { RagFilter, RegisterFilter } from './register/registerViews';
export {
  filterRecommendations,
  isOverdue,
  openActions,
  overdueActions,
  registerOwners,
} from './register/registerViews';
export { evidenceFigureLine } from './register/evidenceFigure';
export type { CommitteePaperDraft } from './committeePaper/committeePaperDraft';
export {
  committeePaperDraftSchema,
  emptyCommitteePaperDraft,
} from './committeePaper/committeePaperDraft';
export { readCommitteePaperDraft } from './committeePaper/readCommitteePaper';
export type { CommitteePaperDocument } from './committeePaper/buildCommitteePaper';
export { buildCommitteePaper } from './committeePaper/buildCommitteePaper';
export {
  committeePaperFileName,
  fillCommitteePaper,
} from './committeePaper/fillCommitteePaper';

// Issue 16: two audits on the same framework version compared, and a self-audit repeated
export type { AuditToCompare } from './trend/auditsToCompare';
export { auditChoices } from './trend/auditsToCompare';
export type { AuditComparison, QuestionChange, QuestionTrend } from './trend/compareAudits';
export { compareAudits } from './trend/compareAudits';
export { repeatedInspection } from './trend/repeatAudit';
export { trendMethodSentence, trendWords } from './trend/trendWords';

// Issue 16: published figures in the report, and the page a service reads before an inspection
export { publishedFiguresShown } from './report';
export type { ReadinessAction } from './readiness/readinessActions';
export type {
  ReadinessFigure,
  ReadinessStandard,
  ReadinessSummary,
} from './readiness/readinessSummary';
export { readinessSummary } from './readiness/readinessSummary';

// Languages and messages (Welsh and English)
export { type Catalogue, type CatalogueEntry, catalogueFromEntries } from './i18n/catalogue';
export {
  LANGUAGE_NAMES,
  LANGUAGE_TAGS,
  LANGUAGES,
  type Language,
  REPORT_LANGUAGES,
  type ReportLanguage,
  reportLanguagesInOrder,
} from './i18n/language';
export { reportLanguageSchema } from './i18n/reportLanguageSchema';
export {
  createTranslator,
  ENGLISH,
  type MessageValues,
  type Translator,
} from './i18n/translator';
