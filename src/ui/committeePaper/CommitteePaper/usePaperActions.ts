/**
 * Saving the committee paper ("Saved" only once the write has committed) and downloading it: a
 * download saves first, then the report worker makes the PDF or the Word file, named from the
 * paper's title. What went wrong is kept as a value for the page's error summary.
 */
import { useState } from 'preact/hooks';
import {
  type CommitteePaperDraft,
  committeePaperFileName,
  type ValidationError,
} from '../../../core';
import { saveCommitteePaper } from '../../../db/register/committeePaperStore';
import { reportWorker } from '../../../workers/reportBridge';
import { downloadFile } from '../../components/downloadFile';
import { describeDraftFailure } from '../../components/saveMessages';
import { t } from '../../i18n/translate';
import { todayLocal } from '../../report/Exports/exportDate';

export type PaperStatus =
  | { readonly status: 'idle' | 'saving' | 'saved' | 'downloading' }
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'downloaded'; readonly fileName: string };

const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export function usePaperActions(inspectionId: string, fallbackTitle: string) {
  const [state, setState] = useState<PaperStatus>({ status: 'idle' });
  /** Counts the saves, so what is made from the stored paper is made again. */
  const [saves, setSaves] = useState(0);

  const save = async (draft: CommitteePaperDraft): Promise<boolean> => {
    setState({ status: 'saving' });
    const outcome = await saveCommitteePaper(inspectionId, draft);
    switch (outcome.status) {
      case 'saved':
        setState({ status: 'saved' });
        setSaves((n) => n + 1);
        return true;
      case 'invalid':
        setState({ status: 'invalid', errors: outcome.errors });
        return false;
      case 'missing':
        setState({
          status: 'failed',
          message: t('committeePaper', 'Not saved: {reason}', { reason: outcome.message }),
        });
        return false;
      case 'failed':
        setState({
          status: 'failed',
          message: t('committeePaper', 'Not saved: {reason}.', {
            reason: describeDraftFailure(outcome.reason),
          }),
        });
        return false;
    }
  };

  const download = async (draft: CommitteePaperDraft, kind: 'pdf' | 'docx') => {
    if (!(await save(draft))) return;
    setState({ status: 'downloading' });
    const args = { inspectionId, today: todayLocal() };
    const reply = await (kind === 'pdf'
      ? reportWorker.call('committeePaperPdf', args)
      : reportWorker.call('committeePaperDocx', args)
    ).catch((error: unknown) => ({
      status: 'missing' as const,
      message: error instanceof Error ? error.message : String(error),
    }));
    if (reply.status !== 'ok') {
      setState({
        status: 'failed',
        message: t('committeePaper', 'The committee paper could not be made: {reason}', {
          reason: reply.message,
        }),
      });
      return;
    }
    const fileName = committeePaperFileName(draft.title.trim() || fallbackTitle, kind);
    downloadFile(fileName, new Blob([reply.value.bytes], { type: TYPES[kind] }));
    setState({ status: 'downloaded', fileName });
  };

  /** A change to the text: whatever was said of the last save no longer holds. */
  const edited = () => setState((s) => (s.status === 'invalid' ? s : { status: 'idle' }));

  return { state, saves, save, download, edited };
}
