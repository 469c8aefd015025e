/**
 * The heavy side of team work, run in a worker (teamWork.worker.ts) so a 5,000-case file or a
 * passphrase (600,000 rounds of PBKDF2) never freezes the page: read and check files, open
 * protected ones, plan the merge over the database, and commit it in one transaction with
 * progress. The files stay here (a "session") between the preview and the commit; only
 * summaries and plans cross to the page. Where workers are unavailable the bridge runs these
 * same handlers on the page.
 */
import type {
  DeviceNames,
  FilePlan,
  IncomingFile,
  Inspection,
  MergeContext,
  MergeDecision,
  ValidationError,
} from '../core';
import {
  type CommitOutcome,
  commitMerge,
  type MergeProgress,
  type PreviewOutcome,
  previewMerge,
} from '../db/exchange/mergeWork';
import { type OpenedTeamFile, openTeamFile, unlockTeamFile } from '../db/exchange/teamFileOpening';

/** What the page is told about a chosen file. */
export type TeamFileSummary = {
  readonly index: number;
  readonly name: string;
  readonly status: OpenedTeamFile['status'];
  /** Why it cannot be used (the first problems). */
  readonly errors: readonly ValidationError[];
  readonly errorCount: number;
  /** After a wrong passphrase. */
  readonly passphraseError: string | null;
  /** For a protected file: the kind of file inside, as its envelope says. */
  readonly contents: 'work' | 'pack' | 'inspection' | null;
  readonly kind: 'work' | 'pack' | null;
  /** Whom the work is from, or whom the pack is for. */
  readonly person: string | null;
  readonly exportedAt: string | null;
  readonly cases: number;
  readonly secondReadings: number;
  readonly inspection: Pick<Inspection, 'id' | 'title' | 'framework'> | null;
  /** The content hash: the same file is recognised however it is named. */
  readonly fileId: string | null;
  /** The names of the devices the file records, as the device that made it knew them. */
  readonly devices: DeviceNames | null;
};

type Session = { files: OpenedTeamFile[] };

const sessions = new Map<string, Session>();
let nextSession = 1;
const ERRORS_SENT = 20;

function summarise(index: number, opened: OpenedTeamFile): TeamFileSummary {
  const base = {
    index,
    name: opened.name,
    status: opened.status,
    errors: [],
    errorCount: 0,
    passphraseError: null,
    contents: null,
    kind: null,
    person: null,
    exportedAt: null,
    cases: 0,
    secondReadings: 0,
    inspection: null,
    fileId: null,
    devices: null,
  } satisfies TeamFileSummary;
  switch (opened.status) {
    case 'invalid':
      return {
        ...base,
        errors: opened.errors.slice(0, ERRORS_SENT),
        errorCount: opened.errors.length,
      };
    case 'locked':
      return {
        ...base,
        contents: opened.encrypted.contents,
        passphraseError: opened.error ?? null,
      };
    case 'inspection':
      return { ...base, contents: 'inspection' };
    case 'ready': {
      const { file, id } = opened.incoming;
      return {
        ...base,
        kind: file.kind,
        person: file.kind === 'work' ? file.from.name : file.for.name,
        exportedAt: file.exportedAt,
        cases: file.cases.length,
        secondReadings: file.moderation.length,
        inspection: {
          id: file.inspection.id,
          title: file.inspection.title,
          framework: file.inspection.framework,
        },
        fileId: id,
        devices: file.devices ?? null,
      };
    }
  }
}

function sessionOf(id: string): Session {
  const session = sessions.get(id);
  if (!session) throw new Error('these files are no longer open: choose them again');
  return session;
}

function readyFiles(session: Session): IncomingFile[] {
  return session.files.flatMap((f) => (f.status === 'ready' ? [f.incoming] : []));
}

/** A file chosen on the page: a File (from an input) or text (tests, the command line). */
export type ChosenFile = File | { readonly name: string; readonly text: string };

export type OpenArgs = { readonly files: readonly ChosenFile[] };
export type UnlockArgs = {
  readonly session: string;
  readonly index: number;
  readonly passphrase: string;
};
export type PlanArgs = {
  readonly session: string;
  readonly inspectionId: string;
  readonly decisions: readonly (readonly [string, MergeDecision])[];
  readonly who: MergeContext;
};

export const teamWorkHandlers = {
  async open(
    args: OpenArgs,
    progress: (value: { done: number; total: number }) => void,
  ): Promise<{ session: string; files: TeamFileSummary[] }> {
    const files: OpenedTeamFile[] = [];
    for (const [i, chosen] of args.files.entries()) {
      progress({ done: i, total: args.files.length });
      const text =
        'text' in chosen && typeof chosen.text === 'string'
          ? chosen.text
          : await (chosen as File).text();
      files.push(await openTeamFile(chosen.name, text));
    }
    progress({ done: files.length, total: files.length });
    const session = `team-${nextSession++}`;
    sessions.set(session, { files });
    return { session, files: files.map((f, i) => summarise(i, f)) };
  },

  async unlock(args: UnlockArgs): Promise<TeamFileSummary> {
    const session = sessionOf(args.session);
    const file = session.files[args.index];
    if (file?.status !== 'locked') throw new Error('that file is not waiting for a passphrase');
    const opened = await unlockTeamFile(file.name, file.encrypted, args.passphrase);
    session.files[args.index] = opened;
    return summarise(args.index, opened);
  },

  /** The text of a whole inspection file among the chosen ones (imported as such). */
  inspectionText(args: { readonly session: string; readonly index: number }): string {
    const file = sessionOf(args.session).files[args.index];
    if (file?.status !== 'inspection') throw new Error('that file is not a whole inspection');
    return file.text;
  },

  async preview(args: PlanArgs): Promise<PreviewOutcome> {
    return previewMerge(
      args.inspectionId,
      readyFiles(sessionOf(args.session)),
      new Map(args.decisions),
      args.who,
    );
  },

  async commit(args: PlanArgs, progress: (value: MergeProgress) => void): Promise<CommitOutcome> {
    return commitMerge(
      args.inspectionId,
      readyFiles(sessionOf(args.session)),
      new Map(args.decisions),
      args.who,
      progress,
    );
  },

  /**
   * A pack or work file the team server sent (its text), read and checked as any file is, then
   * merged with no decisions: a conflict is kept for the lead, as after a file merge.
   */
  async mergeServerFile(
    args: { readonly inspectionId: string; readonly text: string; readonly who: MergeContext },
    progress: (value: MergeProgress) => void,
  ): Promise<CommitOutcome> {
    const opened = await openTeamFile('Team server', args.text);
    if (opened.status !== 'ready') {
      const [first] = opened.status === 'invalid' ? opened.errors : [];
      return {
        status: 'refused',
        message: `The team server sent a file this device cannot use${first ? ` (${first.path}: ${first.message})` : ''}.`,
      };
    }
    return commitMerge(args.inspectionId, [opened.incoming], new Map(), args.who, progress);
  },

  close(args: { readonly session: string }): void {
    sessions.delete(args.session);
  },
};

export type TeamWorkHandlers = typeof teamWorkHandlers;
export type { CommitOutcome, FilePlan, MergeProgress, PreviewOutcome };
