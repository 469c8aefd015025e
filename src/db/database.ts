/**
 * The Case Audit database: the only module that opens IndexedDB. Every record lives on this
 * device until the user exports it.
 *
 * Tables
 * - frameworks     one row per framework version (`id@version`), built-in or imported
 * - inspections    inspection details, team, sampling record, rating overrides
 * - cases          one row per sampled case (answers are in their own tables)
 * - answerValues   a case's current answer values, one record per case, by item id: all that
 *                  findings, reports and exports read (version 5; src/db/cases/answerStore.ts)
 * - answerDetails  the rest of a case's current answers, one record per case, by item id: note,
 *                  revision, when, by whom, on which device (version 5). Version 1 had an
 *                  `answers` table of one row per [caseId+itemId]; version 5 moves its rows
 *                  into these two in the upgrade (src/db/cases/answerMigration.ts).
 * - answerHistory  every change to an answer, append-only: the audit trail
 * - populationChunks  an imported case list that a sample is drawn from, in chunks of entries
 *                   (version 2; version 1 had a `population` table of one row per case)
 * - reports        the lead's report text for an inspection
 * - moderation     second readings and the lead's decisions
 * - imports        files already merged, so a repeated import changes nothing
 * - conflicts      answers changed differently on two devices, kept for the lead to resolve
 *                  (version 3; src/db/exchange/mergeWork.ts)
 * - meta           small settings: device id, last opened case, storage persistence asked
 * - frameworkDrafts  frameworks being written or edited, not yet published (version 4;
 *                  src/db/frameworks/frameworkDrafts.ts)
 * - registers      an inspection's recommendations register (version 7; src/db/register)
 * - committeePapers  an inspection's committee paper text (version 7; src/db/register)
 * - benchmarkSets  published figures a user imported for a framework version (version 7;
 *                  src/db/frameworks/benchmarkStore.ts)
 *
 * A new schema is a new `version()` block below the others, never an edit of an old one.
 *
 * Every table but `frameworks`, `frameworkDrafts` and `benchmarkSets` (public content) is sealed in a
 * person's space: only its primary key and indexed fields stay readable
 * (src/db/protection/sealedTables.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  Answer,
  Case,
  ConflictRecord as CoreConflictRecord,
  Framework,
  Inspection,
  PopulationEntry,
} from '../core';
import { moveAnswersToCaseRecords } from './cases/answerMigration';
import type { AnswerDetail, AnswerDetailsRecord, AnswerValuesRecord } from './cases/answerRecords';
import { sealingMiddleware } from './protection/sealingMiddleware';

// Dexie traces every promise's stack on pages served from localhost or 127.0.0.1, which is
// where `npm start` serves the app: the app runs at full speed there too.
Dexie.debug = false;

export type FrameworkRecord = {
  /** `id@version` */
  key: string;
  id: string;
  version: string;
  title: string;
  /** Shipped with the app (audit-frameworks/) rather than imported by a user. */
  builtIn: boolean;
  addedAt: string;
  framework: Framework;
  /**
   * SHA-256 of core's canonical JSON of `framework` (core's `frameworkHash`), lower-case hex.
   * Records stored before hashes were kept have none.
   */
  hash?: string;
  /** When it was published on this device from a draft (src/db/frameworks/publishDraft.ts). */
  publishedAt?: string;
};

/**
 * A framework being written: editable, saved as it is typed, not yet a version. `revision` goes
 * up by one on every save, so two tabs saving one draft never overwrite each other silently.
 */
export type FrameworkDraftRecord = {
  draftId: string;
  /** May not pass the checks yet: publishing refuses it until it does. */
  framework: Framework;
  /** `id@version` of the published version it starts from (a new version or a duplicate). */
  basedOn?: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
};

export type CaseRecord = Case;

export type AnswerRecord = Answer & {
  caseId: string;
  inspectionId: string;
  itemId: string;
};

export type { AnswerDetail, AnswerDetailsRecord, AnswerValuesRecord };

export type AnswerHistoryRecord = Answer & {
  seq?: number;
  caseId: string;
  inspectionId: string;
  itemId: string;
  /**
   * How the change arrived: typed on this device, merged from a file, a moderation decision,
   * or the inspection moving to another framework version (src/db/inspections/moveFramework.ts).
   */
  via: 'edit' | 'import' | 'moderation' | 'migration';
  /** What changed it, when not an edit: the import's file name, the moderation round. */
  source?: string;
  /** The value and note before this change; null for a first answer (cases/answerWriter.ts). */
  before?: { value: Answer['value']; note: string } | null;
};

/**
 * Part of an inspection's population list: up to a few thousand entries in the order of the
 * file. A list is always written and read whole, and one IndexedDB record per case made a
 * 50,000-case list take seconds to store; chunks take milliseconds (src/db/inspections/populationStore.ts).
 */
export type PopulationChunkRecord = {
  inspectionId: string;
  /** 0, 1, 2, …: the chunks' order is the list's order. */
  chunk: number;
  entries: PopulationEntry[];
};

export type ReportRecord = {
  inspectionId: string;
  updatedAt: string;
  /** Report text by part; its format is owned by src/report. */
  draft: unknown;
};

export type ModerationRecord = {
  id: string;
  inspectionId: string;
  caseId: string;
  /** Owned by the moderation feature; see src/core for its schema. */
  data: unknown;
};

export type ImportRecord = {
  /** Content hash of the imported file: the same file twice is recognised. */
  id: string;
  inspectionId: string;
  fileName: string;
  importedAt: string;
  summary: unknown;
};

/** A conflict found by a merge (core's `conflictRecordSchema`): open until the lead resolves it. */
export type ConflictRecord = CoreConflictRecord;

export type MetaRecord = { key: string; value: unknown };

/** An inspection's recommendations register (core's `registerRecommendationSchema`, each checked on load). */
export type RegisterRecord = {
  inspectionId: string;
  updatedAt: string;
  recommendations: unknown[];
};

/** An inspection's committee paper text (core's `committeePaperDraftSchema`, checked on load). */
export type CommitteePaperRecord = {
  inspectionId: string;
  updatedAt: string;
  draft: unknown;
};

/** Published figures a user imported for a framework version (core's `benchmarkSetSchema`). */
export type BenchmarkSetRecord = {
  /** `frameworkId@version` — one imported set per framework version; importing again replaces it. */
  key: string;
  frameworkKey: string;
  importedAt: string;
  fileName: string;
  set: unknown;
};

/**
 * The schema every Case Audit database shares: its tables and their versions. A person's space
 * is a `CaseAuditDatabase` (sealed); the database from before protection is read through
 * `LegacyCaseAuditDatabase` (src/db/protection/legacyDatabase.ts), the same schema unsealed.
 */
export class CaseAuditSchema extends Dexie {
  frameworks!: EntityTable<FrameworkRecord, 'key'>;
  inspections!: EntityTable<Inspection, 'id'>;
  cases!: EntityTable<CaseRecord, 'id'>;
  answerValues!: EntityTable<AnswerValuesRecord, 'caseId'>;
  answerDetails!: EntityTable<AnswerDetailsRecord, 'caseId'>;
  answerHistory!: EntityTable<AnswerHistoryRecord, 'seq'>;
  populationChunks!: Dexie.Table<PopulationChunkRecord, [string, number]>;
  reports!: EntityTable<ReportRecord, 'inspectionId'>;
  moderation!: EntityTable<ModerationRecord, 'id'>;
  imports!: EntityTable<ImportRecord, 'id'>;
  conflicts!: EntityTable<ConflictRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  frameworkDrafts!: EntityTable<FrameworkDraftRecord, 'draftId'>;
  registers!: EntityTable<RegisterRecord, 'inspectionId'>;
  committeePapers!: EntityTable<CommitteePaperRecord, 'inspectionId'>;
  benchmarkSets!: EntityTable<BenchmarkSetRecord, 'key'>;

  constructor(name: string) {
    // Strict durability: a committed transaction is on disk, so an answer shown as Saved
    // survives a killed browser or a power cut. Measured cost: see src/db/cases/answerWriter.ts.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      frameworks: '&key, id',
      inspections: '&id, updatedAt',
      cases: '&id, inspectionId, [inspectionId+ref], [inspectionId+inspectorId]',
      answers: '&[caseId+itemId], caseId, inspectionId',
      answerHistory: '++seq, [caseId+itemId], caseId, inspectionId',
      population: '&[inspectionId+ref], inspectionId',
      reports: '&inspectionId',
      moderation: '&id, inspectionId, caseId',
      imports: '&id, inspectionId',
      meta: '&key',
    });
    // The population list in chunks (see PopulationChunkRecord); the per-case table goes.
    this.version(2).stores({
      population: null,
      populationChunks: '&[inspectionId+chunk], inspectionId',
    });
    // Team work: conflicts between devices kept for later (src/db/exchange/mergeWork.ts).
    this.version(3).stores({
      conflicts: '&id, inspectionId, caseId, [inspectionId+status]',
    });
    // Frameworks users write: drafts until published (src/db/frameworks/frameworkDrafts.ts).
    this.version(4).stores({
      frameworkDrafts: '&draftId, updatedAt',
    });
    // Answers read whole: two records per case instead of one row per answer, moved over in
    // the upgrade transaction, so a browser closed midway leaves version 4 as it was.
    this.version(5)
      .stores({
        answers: null,
        answerValues: '&caseId, inspectionId',
        answerDetails: '&caseId, inspectionId',
      })
      .upgrade(moveAnswersToCaseRecords);
    // A case's reference is case content, sealed with the rest of the case: no index may keep
    // it readable. Cases are found by inspection and matched on their reference after reading.
    this.version(6).stores({
      cases: '&id, inspectionId, [inspectionId+inspectorId]',
    });
    // Self-audit: the recommendations register and the committee paper of an inspection, and
    // published figures imported by users (src/db/register, src/db/frameworks/benchmarkStore.ts).
    this.version(7).stores({
      registers: '&inspectionId',
      committeePapers: '&inspectionId',
      benchmarkSets: '&key, frameworkKey',
    });
  }
}

/**
 * A person's space: every record of a sealed table is sealed with the person's data key on its
 * way in and unsealed on its way out, by the one middleware that does it
 * (src/db/protection/sealingMiddleware.ts). `dataKey` is the unwrapped, non-extractable key.
 */
export class CaseAuditDatabase extends CaseAuditSchema {
  constructor(name: string, dataKey: CryptoKey) {
    super(name);
    this.use(sealingMiddleware(dataKey));
  }
}
