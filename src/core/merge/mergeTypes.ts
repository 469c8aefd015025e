/**
 * The data a merge plans over and produces. Plain, serialisable records: a worker plans and
 * sends the preview to the page; the database layer applies the writes in one transaction.
 */
import type { HistoryEntry } from '../exchange/inspectionFile';
import type { PackFile, WorkFile } from '../exchange/teamFiles';
import type { Framework } from '../framework/frameworkSchema';
import type { Answer, Case, Inspection } from '../inspection/inspectionSchema';
import type { ValidationError } from '../validation/validationResult';
import type { ConflictRecord } from './conflictRecord';
import type { FileCounts } from './fileCounts';

export type { FileCounts } from './fileCounts';

/** A case on this device, with its answers and its history (oldest first). */
export type MergeCase = Case & {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly history: readonly HistoryEntry[];
};

/** What this device holds of one inspection, as a merge needs it. */
export type MergeState = {
  /** Null when the inspection is not on this device yet (a pack brings it). */
  readonly inspection: Inspection | null;
  /** The pinned framework (this device's copy, or the pack's when it has none). */
  readonly framework: Framework;
  /** Whether the framework is stored on this device already. */
  readonly frameworkOnDevice: boolean;
  readonly cases: ReadonlyMap<string, MergeCase>;
  /** Ids of cases on this device that belong to other inspections. */
  readonly foreignCaseIds: ReadonlySet<string>;
  readonly openConflicts: readonly ConflictRecord[];
  /** Content hashes of the files already merged into this inspection. */
  readonly mergedFiles: ReadonlySet<string>;
  /**
   * The versions the inspection moved from (`frameworkMoves`), by `id@version`, where this
   * device has them: work made for one is checked against it before it is read through the moves.
   */
  readonly earlierFrameworks?: ReadonlyMap<string, Framework>;
};

/** A checked team file and where it came from. */
export type IncomingFile = {
  /** Its content hash (the file's checksum): the same file is recognised however it is named. */
  readonly id: string;
  readonly name: string;
  readonly file: WorkFile | PackFile;
};

/** The lead's choice for a conflict; `later` keeps both and leaves the conflict open. */
export type MergeDecision = 'mine' | 'theirs' | 'later';

/** Who is merging, where and when: decisions are recorded in their name. */
export type MergeContext = {
  readonly now: string;
  readonly by: string;
  readonly device: string;
  /**
   * Makes the id of a case arriving here from a file made before case ids were random (storage
   * passes `crypto.randomUUID`; casesHere.ts). Without it such a case keeps the file's id.
   */
  readonly newCaseId?: () => string;
};

export type AnswerRow = Answer & {
  readonly caseId: string;
  readonly inspectionId: string;
  readonly itemId: string;
};
export type HistoryRow = HistoryEntry & { readonly caseId: string; readonly inspectionId: string };

/** A merged file, recorded so that merging it again changes nothing. */
export type MergedFileRecord = {
  readonly id: string;
  readonly inspectionId: string;
  readonly fileName: string;
  readonly importedAt: string;
  readonly summary: {
    readonly kind: 'pack' | 'work';
    readonly exportedAt: string;
    readonly from: string;
    readonly device: string;
    readonly counts: FileCounts;
  };
};

/** Moderation records from a file, for the moderation store. */
export type ModerationHandOver =
  | {
      readonly kind: 'pack';
      readonly fileId: string;
      readonly fileName: string;
      readonly assignments: PackFile['moderation'];
    }
  | {
      readonly kind: 'work';
      readonly fileId: string;
      readonly fileName: string;
      readonly readings: WorkFile['moderation'];
    };

/** Everything a merge writes, each record in its final state. */
export type MergeWrites = {
  readonly framework: Framework | null;
  readonly inspection: Inspection | null;
  readonly cases: readonly Case[];
  readonly answers: readonly AnswerRow[];
  /** New history entries, in the order they are to be added. */
  readonly history: readonly HistoryRow[];
  readonly conflicts: readonly ConflictRecord[];
  readonly files: readonly MergedFileRecord[];
  readonly moderation: readonly ModerationHandOver[];
};

/** One conflict, as the lead sees it before choosing. */
export type MergeConflict = {
  /** Stable across previews of the same files: `<file id>|<case id>|<item id>`. */
  readonly key: string;
  readonly fileId: string;
  readonly fileName: string;
  readonly caseId: string;
  readonly caseRef: string;
  /** A question or profile field id, or `#status`. */
  readonly itemId: string;
  readonly mine: Answer | null;
  readonly theirs: Answer;
  /** Already kept open by an earlier merge of this device's work with theirs. */
  readonly alreadyOpen: boolean;
};

export type CaseChange = {
  readonly caseId: string;
  readonly ref: string;
  readonly change: 'new' | 'updated' | 'unchanged';
  readonly answers: number;
  readonly conflicts: number;
};

export type FilePlan =
  | {
      readonly status: 'refused';
      readonly fileId: string;
      readonly fileName: string;
      readonly errors: readonly ValidationError[];
    }
  | { readonly status: 'already-merged'; readonly fileId: string; readonly fileName: string }
  | {
      readonly status: 'ok';
      readonly fileId: string;
      readonly fileName: string;
      readonly kind: 'pack' | 'work';
      readonly from: string;
      readonly device: string;
      readonly exportedAt: string;
      /** The framework version (`id@version`) the file was made for. */
      readonly madeFor: string;
      /** Made for an earlier version: the version its answers were read into, through the moves. */
      readonly readInto?: string;
      readonly counts: FileCounts;
      /** Cases that change or have conflicts (unchanged ones are only counted). */
      readonly changes: readonly CaseChange[];
      readonly conflicts: readonly MergeConflict[];
    };

export type MergePlan = {
  /** In the order they are merged (oldest export first). */
  readonly files: readonly FilePlan[];
  readonly writes: MergeWrites;
};
