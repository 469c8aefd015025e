/**
 * One case being merged (mergeCase.ts): this device's case, or a new one, as the file changes
 * it — its answers and history so far, what the merge adds, and the counts the plan reports.
 */
import type { HistoryEntry } from '../exchange/inspectionFile';
import type { Answer, CaseStatus } from '../inspection/inspectionSchema';
import { arrivedEntry } from './decideConflict';
import type {
  IncomingFile,
  MergeCase,
  MergeConflict,
  MergeContext,
  MergeDecision,
} from './mergeTypes';
import { byItem, caseDetails, type IncomingCase, type Working } from './mergeWorking';
import { holds, revisionsOf } from './revisions';

export class CaseMerge {
  readonly local: MergeCase | undefined;
  readonly isNew: boolean;
  readonly base: MergeCase;
  readonly answers: Record<string, Answer>;
  readonly history: HistoryEntry[];
  /** History entries this merge adds, in order. */
  readonly added: HistoryEntry[] = [];
  readonly mineByItem: Map<string, HistoryEntry[]>;
  readonly theirsByItem: Map<string, HistoryEntry[]>;
  readonly conflicts: MergeConflict[] = [];
  readonly changedAnswers = new Set<string>();
  answersTaken = 0;
  converged = 0;
  decided = 0;
  keptForLater = 0;
  /** A conflict was decided in this merge: the case changes now. */
  decidedNow = false;
  status: CaseStatus;

  constructor(
    readonly w: Working,
    readonly incoming: IncomingFile,
    readonly kase: IncomingCase,
    readonly decisions: ReadonlyMap<string, MergeDecision>,
    readonly context: MergeContext,
  ) {
    this.local = w.cases.get(kase.id);
    this.isNew = this.local === undefined;
    this.base = this.local ?? {
      ...caseDetails(kase),
      status: 'not-started',
      answers: {},
      history: [],
    };
    this.answers = { ...this.base.answers };
    this.history = [...this.base.history];
    this.mineByItem = byItem(this.base.history);
    this.theirsByItem = byItem(kase.history);
    this.status = this.base.status;
  }

  add(entries: readonly HistoryEntry[]): void {
    for (const e of entries) {
      this.history.push(e);
      this.added.push(e);
    }
  }

  addArrived(entries: readonly HistoryEntry[]): void {
    this.add(entries.map((e) => arrivedEntry(e, this.incoming.name)));
  }

  /** Open conflicts whose entries this device now holds are settled by what arrived. */
  closeSuperseded(itemId: string): void {
    const entries = this.history.filter((e) => e.itemId === itemId);
    const here = revisionsOf(this.answers[itemId], entries);
    for (const open of this.w.openFor(this.kase.id, itemId)) {
      if (open.theirsEntries.every((e) => holds(here, e)) && holds(here, open.theirs)) {
        this.w.putConflict({
          ...open,
          status: 'resolved',
          resolution: {
            keep: 'superseded',
            at: this.context.now,
            by: this.context.by,
            device: this.context.device,
          },
        });
      }
    }
  }
}
