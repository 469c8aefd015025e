/**
 * The Case Audit database: the only module that opens IndexedDB. Every record lives on this
 * device until the user exports it.
 *
 * Tables
 * - frameworks     one row per framework version (`id@version`), built-in or imported
 * - inspections    inspection details, team, sampling record, rating overrides
 * - cases          one row per sampled case (answers are in their own table)
 * - answers        the current answer to one item of one case: [caseId+itemId]
 * - answerHistory  every change to an answer, append-only: the audit trail
 * - population     an imported case list that a sample is drawn from
 * - reports        the lead's report text for an inspection
 * - moderation     second readings and the lead's decisions
 * - imports        files already merged, so a repeated import changes nothing
 * - meta           small settings: device id, last opened case, storage persistence asked
 *
 * A new schema is a new `version()` block below the others, never an edit of an old one.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Answer, Case, Framework, Inspection } from '../core';

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
};

export type CaseRecord = Case;

export type AnswerRecord = Answer & {
  caseId: string;
  inspectionId: string;
  itemId: string;
};

export type AnswerHistoryRecord = Answer & {
  seq?: number;
  caseId: string;
  inspectionId: string;
  itemId: string;
  /** How the change arrived: typed on this device, merged from a file, or a moderation decision. */
  via: 'edit' | 'import' | 'moderation';
  /** What changed it, when not an edit: the import's file name, the moderation round. */
  source?: string;
};

export type PopulationRecord = {
  inspectionId: string;
  ref: string;
  areaId: string;
  stratumId: string | null;
  /** Profile answers carried over from the case list, by profile field id. */
  profile: Record<string, string | number | string[]>;
  /** Position in the imported file: the sampler's stable order. */
  row: number;
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

export type MetaRecord = { key: string; value: unknown };

export class CaseAuditDatabase extends Dexie {
  frameworks!: EntityTable<FrameworkRecord, 'key'>;
  inspections!: EntityTable<Inspection, 'id'>;
  cases!: EntityTable<CaseRecord, 'id'>;
  answers!: Dexie.Table<AnswerRecord, [string, string]>;
  answerHistory!: EntityTable<AnswerHistoryRecord, 'seq'>;
  population!: Dexie.Table<PopulationRecord, [string, string]>;
  reports!: EntityTable<ReportRecord, 'inspectionId'>;
  moderation!: EntityTable<ModerationRecord, 'id'>;
  imports!: EntityTable<ImportRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = 'case-audit') {
    super(name);
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
  }
}
