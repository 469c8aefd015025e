/**
 * The work files open in the team worker and what merging them would change: reading them
 * (those handed over from "Open a Case Audit file" at once), unlocking protected ones, and
 * asking again whenever a decision changes. Only the latest question's answer is kept.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FilePlan, Inspection } from '../../../core';
import { teamWorker } from '../../../workers/teamWorkBridge';
import type { TeamFileSummary } from '../../../workers/teamWorkService';
import { t } from '../../i18n/translate';
import { takeHandedOverFiles } from '../TeamWork/handOver';
import { type Decisions, previewMerge, type Stage } from './mergeActions';

export function useMergeFiles(inspection: Inspection, onNewFiles: () => void) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [session, setSession] = useState<string | null>(null);
  const [files, setFiles] = useState<TeamFileSummary[]>([]);
  const [plans, setPlans] = useState<FilePlan[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [unlocking, setUnlocking] = useState<number | null>(null);
  const previewRun = useRef(0);
  const sessionRef = useRef<string | null>(null);

  const preview = async (s: string, decisions: Decisions) => {
    const run = ++previewRun.current;
    const outcome = await previewMerge(s, inspection, decisions);
    if (run !== previewRun.current) return;
    if (outcome.status === 'ok') {
      setPlans([...outcome.files]);
      setFailure(null);
    } else setFailure(outcome.message);
  };

  const read = async (list: File[]) => {
    setFailure(null);
    setPlans(null);
    onNewFiles();
    setStage({ kind: 'reading', done: 0, total: list.length });
    try {
      if (sessionRef.current) await teamWorker.call('close', { session: sessionRef.current });
      const opened = await teamWorker.call(
        'open',
        { files: list },
        { onProgress: (p) => setStage({ kind: 'reading', done: p.done, total: p.total }) },
      );
      sessionRef.current = opened.session;
      setSession(opened.session);
      setFiles(opened.files);
      setStage({ kind: 'review' });
      await preview(opened.session, new Map());
    } catch (error) {
      setStage({ kind: 'choose' });
      setFailure(
        t('team.merge', 'The files could not be read: {reason}', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };

  useEffect(() => {
    // The opened files live in the worker: keep it while this screen is open.
    const release = teamWorker.hold();
    const handed = takeHandedOverFiles(inspection.id);
    if (handed.length > 0) void read([...handed]);
    return () => {
      if (sessionRef.current)
        void teamWorker.call('close', { session: sessionRef.current }).catch(() => undefined);
      release();
    };
  }, [inspection.id]);

  const unlock = async (i: number, passphrase: string, decisions: Decisions) => {
    if (!session) return;
    setUnlocking(i);
    try {
      const summary = await teamWorker.call('unlock', { session, index: i, passphrase });
      setFiles((current) => current.map((f) => (f.index === i ? summary : f)));
      if (summary.status !== 'locked') await preview(session, decisions);
    } finally {
      setUnlocking(null);
    }
  };

  return {
    ...{ stage, setStage, session, files, setFiles, plans, setPlans, failure, setFailure },
    ...{ unlocking, preview, read, unlock },
  };
}
