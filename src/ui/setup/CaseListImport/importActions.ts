/**
 * What the case-list import screen does at each step: read the chosen file in the worker, check
 * every row, and store the list in one transaction. Each moves the screen to its next step.
 */
import { type CaseListContext, type Inspection, leadActionBy } from '../../../core';
import { deviceId } from '../../../db/device/identityStore';
import { requestPersistenceOnFirstWrite } from '../../../db/device/storageStatus';
import { caseListWorker } from '../../../workers/caseListBridge';
import { t } from '../../i18n/translate';
import type { Step } from './importStep';
import { FILE_FIELD, storeFailure } from './importSummary';
import type { FileSession } from './useFileSession';

/** Refused before reading: far beyond any case list (the parser's own limit is 100 MB of text). */
const MAX_BYTES = 100 * 1024 * 1024;

type SetStep = (next: Step | ((current: Step) => Step)) => void;

export interface ImportDeps {
  inspection: Inspection;
  context: CaseListContext;
  setState: SetStep;
  session: FileSession;
}

/** A file far larger than any case list is refused before it is read. */
function tooLarge(file: File): Step {
  return {
    step: 'choose',
    fileName: file.name,
    errors: [
      {
        path: '(the whole file)',
        message: t('setup', 'is {size} MB: far larger than a case list (at most 100 MB)', {
          size: (file.size / 1024 / 1024).toFixed(0),
        }),
      },
    ],
  };
}

function readFailure(error: unknown, fileName: string): Step {
  if (error instanceof DOMException && error.name === 'AbortError') {
    return {
      step: 'choose',
      notice: t('setup', 'Reading {fileName} was stopped. Nothing was stored.', { fileName }),
    };
  }
  console.error(error);
  return {
    step: 'choose',
    fileName,
    errors: [
      {
        path: '(the whole file)',
        message: t(
          'setup',
          'could not be read. It may have been moved or deleted: choose it again',
        ),
      },
    ],
  };
}

/** Reads the chosen file in the worker and moves on to the column choices. */
export async function readCaseList(
  file: File | undefined,
  { context, setState, session }: ImportDeps,
  onOpened: () => void,
): Promise<void> {
  if (!file) {
    setState({
      step: 'choose',
      errors: [{ path: FILE_FIELD, message: t('setup', 'Select a case list file') }],
    });
    return;
  }
  if (file.size > MAX_BYTES) {
    setState(tooLarge(file));
    return;
  }
  session.close();
  const controller = new AbortController();
  setState({ step: 'reading', fileName: file.name, controller });
  try {
    const bytes = await file.arrayBuffer();
    const result = await caseListWorker.call(
      'open',
      { bytes, fileName: file.name, context },
      { signal: controller.signal, transfer: [bytes] },
    );
    if (result.status !== 'ok') {
      setState({ step: 'choose', fileName: file.name, errors: result.errors });
      return;
    }
    session.open(result.value.session);
    onOpened();
    setState({
      step: 'map',
      file: result.value,
      mapping: result.value.suggested,
      purpose: '',
      skipExisting: false,
    });
  } catch (error) {
    setState(readFailure(error, file.name));
  }
}

/** Checks every row against the column choices, and moves on to the confirmation. */
export async function checkCaseList(
  state: Extract<Step, { step: 'map' }>,
  { inspection, context, setState }: ImportDeps,
): Promise<void> {
  if (state.purpose === '') {
    setState({ ...state, report: undefined, purposeMissing: true });
    return;
  }
  const purpose = state.purpose;
  setState({ ...state, checking: true, purposeMissing: false });
  const report = await caseListWorker.call('check', {
    session: state.file.session,
    mapping: state.mapping,
    context,
    inspectionId: inspection.id,
    purpose,
    skipExisting: state.skipExisting,
  });
  if (report.status === 'expired') {
    setState({
      step: 'choose',
      notice: t('setup', 'The file is no longer open. Choose it again.'),
    });
  } else if (report.status === 'invalid') {
    setState({ ...state, purpose, checking: false, report });
  } else {
    const { file, mapping, skipExisting } = state;
    setState({ step: 'confirm', file, mapping, purpose, skipExisting, report, replace: false });
  }
}

/**
 * Stores the confirmed list in the worker, in one transaction. `onStoring` is given the call
 * while it runs, and null once it has settled.
 */
export async function storeCaseList(
  confirm: Extract<Step, { step: 'confirm' }>,
  { inspection, context, setState, session }: ImportDeps,
  onStoring: (call: Promise<unknown> | null) => void,
): Promise<void> {
  setState({ step: 'storing', file: confirm.file, purpose: confirm.purpose, progress: null });
  const lead = leadActionBy(inspection.team);
  try {
    const call = caseListWorker.call(
      'store',
      {
        session: confirm.file.session,
        mapping: confirm.mapping,
        context,
        inspectionId: inspection.id,
        purpose: confirm.purpose,
        skipExisting: confirm.skipExisting,
        by: lead,
        device: await deviceId(),
      },
      {
        onProgress: (progress) => setState((s) => (s.step === 'storing' ? { ...s, progress } : s)),
      },
    );
    onStoring(call);
    const outcome = await call.finally(() => onStoring(null));
    if (outcome.status === 'saved') {
      void requestPersistenceOnFirstWrite('import');
      session.close();
      setState({
        step: 'done',
        fileName: confirm.file.fileName,
        purpose: confirm.purpose,
        count: 'summary' in outcome ? outcome.summary.size : outcome.created,
        skipped: 'skipped' in outcome ? outcome.skipped.length : 0,
      });
    } else if (outcome.status === 'invalid' && 'errorCount' in outcome) {
      const { file, mapping, purpose, skipExisting } = confirm;
      setState({ step: 'map', file, mapping, purpose, skipExisting, report: outcome });
    } else {
      setState({ ...confirm, failure: storeFailure(outcome) });
    }
  } catch (error) {
    setState({
      ...confirm,
      failure: t('setup', 'Nothing was stored: {problem}', {
        problem: error instanceof Error ? error.message : String(error),
      }),
    });
  }
}
