/**
 * The recommendations register (issue: self-audit): recommendations as records of their own, not
 * only report text. Each says what was recommended and to whom, where it came from (an
 * inspection's report, or the framework's source report), who owns it locally, the local
 * position, a RAG status, the actions with owners and due dates, the evidence (linked to the
 * audit's figures where one applies) and a history of changes. One register per inspection
 * (usually a self-audit); a register file carries one between devices and services.
 * zod is the source of truth; types are derived.
 */
import { z } from 'zod';

const id = z.string().min(1).max(100);
const line = z.string().max(300);
const isoDate = z.iso.date();
const isoTime = z.iso.datetime({ offset: true });

export const ragStatusSchema = z.enum(['red', 'amber', 'green']);

/** Where a recommendation came from. */
export const recommendationOriginSchema = z.strictObject({
  /**
   * `framework-report`: the published report the framework was written from (shipped with it);
   * `inspection-report`: an inspection's own report; `local`: the service's own.
   */
  kind: z.enum(['framework-report', 'inspection-report', 'local']),
  /** "Looked After Children (HMI Probation, Ofsted, Estyn, December 2012)" */
  document: line,
  /** "Recommendations, page 10" */
  location: line,
});

export const registerActionSchema = z.strictObject({
  id,
  /** "Add the impact of being looked after to the monthly assessment audit" */
  text: z.string().trim().min(1, 'an action needs its text').max(5_000),
  owner: line,
  /** When it is due; null: no date set (never overdue). */
  dueDate: isoDate.nullable(),
  /** When it was done; null: still open. */
  doneOn: isoDate.nullable(),
});

/** Evidence for the local position; `itemId` links it to a question whose figure it cites. */
export const registerEvidenceSchema = z.strictObject({
  id,
  text: z.string().max(5_000),
  /** The framework question whose audit figure is the evidence; null: evidence in words only. */
  itemId: id.nullable(),
});

/** One change to a recommendation, as the register's history shows it. */
export const registerChangeSchema = z.strictObject({
  at: isoTime,
  /** The team member (or name) who made it. */
  by: z.string().max(200),
  /** "RAG status: Amber → Green", "Action added: …" */
  what: z.string().min(1).max(2_000),
});

export const registerRecommendationSchema = z.strictObject({
  id,
  origin: recommendationOriginSchema,
  /** The body addressed: "Youth Offending Team Managers". */
  addressee: line,
  /** What they should ensure. */
  text: z.string().trim().min(1, 'a recommendation needs its text').max(10_000),
  /** Who answers for it locally. */
  owner: line,
  /** The local position, as the committee paper states it. */
  localPosition: z.string().max(20_000),
  /** Null: not yet assessed. */
  rag: ragStatusSchema.nullable(),
  actions: z.array(registerActionSchema).max(200),
  evidence: z.array(registerEvidenceSchema).max(200),
  /** Oldest first. */
  history: z.array(registerChangeSchema).max(5_000),
});

/** The register file: exported from one device or service, imported into another. */
export const registerFileSchema = z.strictObject({
  format: z.literal('case-audit-register'),
  formatVersion: z.literal(1),
  /** The framework and version the recommendations (and evidence questions) belong to. */
  framework: z.strictObject({ id, version: z.string().min(1).max(50) }),
  /** "Recommendations: Looked After Children, December 2012" */
  title: z.string().min(1).max(300),
  recommendations: z.array(registerRecommendationSchema).max(500),
});

export type RagStatus = z.infer<typeof ragStatusSchema>;
export type RecommendationOrigin = z.infer<typeof recommendationOriginSchema>;
export type RegisterAction = z.infer<typeof registerActionSchema>;
export type RegisterEvidence = z.infer<typeof registerEvidenceSchema>;
export type RegisterChange = z.infer<typeof registerChangeSchema>;
export type RegisterRecommendation = z.infer<typeof registerRecommendationSchema>;
export type RegisterFile = z.infer<typeof registerFileSchema>;

export const RAG_STATUS_LABELS: Record<RagStatus, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
};
