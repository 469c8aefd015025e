/**
 * Open a Case Audit file: the one way in for every file the app makes. It reads the file (in
 * a worker), asks for the passphrase of a protected one, says what it is, and does the right
 * thing with it:
 * - an inspection pack: shows what it would bring or change on this device, then imports it
 *   (answers made here are never overwritten: conflicts are kept for later);
 * - an inspector's work: hands it to the inspection's merge page, where the lead sees the
 *   preview and the conflicts;
 * - a whole inspection: imports it as the inspection-file import does.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { describeFileInspection, type FilePlan, type Inspection, plural } from '../../../core';
import { deviceId, scorerFor } from '../../../db/device/identityStore';
import { requestPersistenceOnFirstWrite } from '../../../db/device/storageStatus';
import {
  type InspectionImportOutcome,
  importInspectionFile,
} from '../../../db/exchange/inspectionImport';
import { getInspection } from '../../../db/inspections/inspectionStore';
import { teamWorker } from '../../../workers/teamWorkBridge';
import type { TeamFileSummary } from '../../../workers/teamWorkService';
import { ErrorSummary } from '../../components/ErrorSummary';
import { formatMoment } from '../../components/InspectionFrame/format';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { NotificationBanner } from '../../components/NotificationBanner';
import { usePageTitle } from '../../hooks/usePageTitle';
import { FileProblems, UnlockForm } from '../MergeWork/FileTable';
import { handOverFiles } from '../TeamWork/handOver';
import { teamWorkHref } from '../TeamWork/teamWorkCommon';
import '../TeamWork/TeamWork.css';

type Opened = {
  readonly session: string;
  readonly file: File;
  readonly summary: TeamFileSummary;
  /** The inspection the file is for, if it is on this device. */
  readonly here: Inspection | null;
  readonly plan: FilePlan | null;
  readonly planError: string | null;
};

type Done =
  | {
      readonly kind: 'pack';
      readonly inspectionId: string;
      readonly title: string;
      readonly plan: FilePlan;
      readonly notes: readonly string[];
      readonly wrote: boolean;
    }
  | {
      readonly kind: 'inspection';
      readonly outcome: Extract<InspectionImportOutcome, { status: 'imported' }>;
    };

export default function OpenFile() {
  const { route } = useLocation();
  const [file, setFile] = useState<File | null>(null);
  const [chooseError, setChooseError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [failure, setFailure] = useState<string[]>([]);
  const session = useRef<string | null>(null);
  usePageTitle('Open a Case Audit file', chooseError !== null || failure.length > 0);

  useEffect(() => {
    const release = teamWorker.hold();
    return () => {
      if (session.current)
        void teamWorker.call('close', { session: session.current }).catch(() => undefined);
      release();
    };
  }, []);

  const who = async (summary: TeamFileSummary) => {
    const id = summary.inspection?.id ?? '';
    const scorer = id ? await scorerFor(id) : null;
    return { now: new Date().toISOString(), by: scorer ?? 'inspector', device: await deviceId() };
  };

  const describe = async (s: string, chosen: File, summary: TeamFileSummary): Promise<Opened> => {
    const here = summary.inspection ? ((await getInspection(summary.inspection.id)) ?? null) : null;
    if (summary.status !== 'ready' || summary.kind !== 'pack') {
      return { session: s, file: chosen, summary, here, plan: null, planError: null };
    }
    const preview = await teamWorker.call('preview', {
      session: s,
      inspectionId: summary.inspection!.id,
      decisions: [],
      who: await who(summary),
    });
    return preview.status === 'ok'
      ? { session: s, file: chosen, summary, here, plan: preview.files[0] ?? null, planError: null }
      : { session: s, file: chosen, summary, here, plan: null, planError: preview.message };
  };

  const check = async (event: Event) => {
    event.preventDefault();
    setFailure([]);
    setOpened(null);
    if (!file) {
      setChooseError('Choose the file to open');
      return;
    }
    setChooseError(null);
    setBusy('Reading the file…');
    try {
      if (session.current) await teamWorker.call('close', { session: session.current });
      const result = await teamWorker.call('open', { files: [file] });
      session.current = result.session;
      setOpened(await describe(result.session, file, result.files[0]!));
    } catch (error) {
      setFailure([
        `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
      ]);
    } finally {
      setBusy(null);
    }
  };

  const unlock = async (passphrase: string) => {
    if (!opened) return;
    setBusy('Opening the file…');
    try {
      const summary = await teamWorker.call('unlock', {
        session: opened.session,
        index: 0,
        passphrase,
      });
      setOpened(await describe(opened.session, opened.file, summary));
    } finally {
      setBusy(null);
    }
  };

  const importPack = async () => {
    if (!opened?.summary.inspection) return;
    setBusy('Importing the pack…');
    try {
      const outcome = await teamWorker.call('commit', {
        session: opened.session,
        inspectionId: opened.summary.inspection.id,
        decisions: [],
        who: await who(opened.summary),
      });
      if (outcome.status === 'merged' && outcome.files[0]) {
        // The worker cannot ask the browser to keep the data: the page does, after an import.
        if (outcome.wrote) void requestPersistenceOnFirstWrite('import');
        setDone({
          kind: 'pack',
          inspectionId: opened.summary.inspection.id,
          title: opened.summary.inspection.title,
          plan: outcome.files[0],
          notes: outcome.moderation,
          wrote: outcome.wrote,
        });
      } else if (outcome.status === 'refused') setFailure([outcome.message]);
      else if (outcome.status === 'failed') {
        setFailure([`Nothing was imported: the browser’s storage refused it (${outcome.detail}).`]);
      }
    } finally {
      setBusy(null);
    }
  };

  const importWhole = async () => {
    if (!opened) return;
    setBusy('Importing the inspection…');
    try {
      const text = await teamWorker.call('inspectionText', { session: opened.session, index: 0 });
      const outcome = await importInspectionFile(text, { fileName: opened.file.name });
      if (outcome.status === 'imported') setDone({ kind: 'inspection', outcome });
      else if (outcome.status === 'invalid')
        setFailure(outcome.errors.slice(0, 20).map((e) => `${e.path}: ${e.message}`));
      else if (outcome.status === 'refused') setFailure([outcome.message]);
      else
        setFailure([`Nothing was imported: the browser’s storage refused it (${outcome.detail}).`]);
    } finally {
      setBusy(null);
    }
  };

  if (done) return <Imported done={done} />;

  return (
    <>
      <a href="/inspections" class="govuk-back-link">
        Back to inspections
      </a>
      <ErrorSummary
        errors={[
          ...(chooseError ? [{ text: chooseError, href: '#case-audit-file' }] : []),
          ...failure.map((text) => ({ text })),
        ]}
      />
      <h1 class="govuk-heading-l">Open a Case Audit file</h1>
      <p class="govuk-body">Open any file Case Audit made, on this device or another:</p>
      <ul class="govuk-list govuk-list--bullet">
        <li>an inspection pack from your lead, with the cases for you to score;</li>
        <li>an inspector’s work, to merge into your inspection (leads);</li>
        <li>a whole inspection, exported for archive or to move it to this device.</li>
      </ul>
      <form onSubmit={check} noValidate>
        <div class={`govuk-form-group${chooseError ? ' govuk-form-group--error' : ''}`}>
          <label class="govuk-label govuk-label--s" for="case-audit-file">
            Case Audit file (.json)
          </label>
          {chooseError && (
            <p id="case-audit-file-error" class="govuk-error-message">
              <span class="govuk-visually-hidden">Error:</span> {chooseError}
            </p>
          )}
          <input
            class={`govuk-file-upload${chooseError ? ' govuk-file-upload--error' : ''}`}
            id="case-audit-file"
            name="case-audit-file"
            type="file"
            accept=".json,application/json"
            aria-describedby={chooseError ? 'case-audit-file-error' : undefined}
            onChange={(event) => {
              setFile((event.target as HTMLInputElement).files?.[0] ?? null);
              setChooseError(null);
              setOpened(null);
            }}
          />
        </div>
        <button
          type="submit"
          class="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          disabled={busy !== null}
        >
          Check the file
        </button>
      </form>
      {busy && (
        <p class="govuk-body" role="status">
          {busy}
        </p>
      )}
      {opened && (
        <section aria-labelledby="what-it-is" data-opened-file>
          <h2 class="govuk-heading-m" id="what-it-is">
            {headingFor(opened.summary)}
          </h2>
          {opened.summary.status === 'invalid' && (
            <FileProblems row={{ summary: opened.summary, plan: null }} />
          )}
          {opened.summary.status === 'locked' && (
            <UnlockForm
              summary={opened.summary}
              busy={busy !== null}
              onUnlock={(p) => void unlock(p)}
            />
          )}
          {opened.summary.status === 'inspection' && (
            <>
              <p class="govuk-body">
                The whole of one inspection: framework, cases, answers, evidence notes, their
                history and the report text. It must not already be on this device.
              </p>
              <button
                type="button"
                class="govuk-button"
                data-module="govuk-button"
                disabled={busy !== null}
                onClick={() => void importWhole()}
              >
                Import the inspection
              </button>
            </>
          )}
          {opened.summary.status === 'ready' && opened.summary.kind === 'pack' && (
            <PackPreview opened={opened} busy={busy !== null} onImport={() => void importPack()} />
          )}
          {opened.summary.status === 'ready' && opened.summary.kind === 'work' && (
            <WorkFound
              opened={opened}
              onMerge={() => {
                handOverFiles(opened.here!.id, [opened.file]);
                route(teamWorkHref(opened.here!.id, '/merge'));
              }}
            />
          )}
        </section>
      )}
    </>
  );
}

function headingFor(summary: TeamFileSummary): string {
  if (summary.status === 'invalid') return 'This file cannot be opened';
  if (summary.status === 'locked') return 'This file is protected by a passphrase';
  if (summary.status === 'inspection') return 'This is a whole inspection';
  return summary.kind === 'pack'
    ? `Inspection pack for ${summary.person}`
    : `Work by ${summary.person}`;
}

function FileFacts({ summary }: { summary: TeamFileSummary }) {
  return (
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Inspection</dt>
        <dd class="govuk-summary-list__value">
          {summary.inspection ? describeFileInspection(summary.inspection) : '—'}
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Cases</dt>
        <dd class="govuk-summary-list__value">
          {plural(summary.cases, 'case')}
          {summary.secondReadings > 0
            ? `, ${plural(summary.secondReadings, 'second reading')}`
            : ''}
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Made</dt>
        <dd class="govuk-summary-list__value">
          {summary.exportedAt ? formatMoment(summary.exportedAt) : '—'}
        </dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">File</dt>
        <dd class="govuk-summary-list__value ca-team-work__file-name">{summary.name}</dd>
      </div>
    </dl>
  );
}

function PackPreview({
  opened,
  busy,
  onImport,
}: {
  opened: Opened;
  busy: boolean;
  onImport: () => void;
}) {
  const { plan, here, summary } = opened;
  return (
    <>
      <FileFacts summary={summary} />
      {opened.planError && <p class="govuk-body">{opened.planError}</p>}
      {plan?.status === 'refused' && <FileProblems row={{ summary, plan }} />}
      {plan?.status === 'already-merged' && (
        <p class="govuk-body">This pack was imported before: importing it again changes nothing.</p>
      )}
      {plan?.status === 'ok' && (
        <>
          <p class="govuk-body">
            {here
              ? `“${here.title}” is on this device already. The pack brings the lead’s latest details and assignments and adds any new cases; answers made on this device are never overwritten.`
              : 'The inspection is not on this device yet: the pack adds it, with its framework.'}
          </p>
          <ul class="govuk-list govuk-list--bullet" data-pack-preview>
            <li>{plural(plan.counts.newCases, 'new case')}</li>
            {here && <li>{plural(plan.counts.updatedCases, 'case')} updated</li>}
            {here && <li>{plural(plan.counts.unchangedCases, 'case')} unchanged</li>}
            {plan.counts.conflicts > 0 && (
              <li>
                {plural(plan.counts.conflicts, 'answer')} changed both here and by the lead: yours
                are kept, and the differences saved as open conflicts to look at in Team work
              </li>
            )}
          </ul>
          <button
            type="button"
            class="govuk-button"
            data-module="govuk-button"
            disabled={busy}
            onClick={onImport}
          >
            Import the pack
          </button>
        </>
      )}
    </>
  );
}

function WorkFound({ opened, onMerge }: { opened: Opened; onMerge: () => void }) {
  return (
    <>
      <FileFacts summary={opened.summary} />
      {opened.here ? (
        <>
          <p class="govuk-body">
            Work is merged into the inspection it belongs to, where you see what it would change,
            and any conflicts, before anything is saved.
          </p>
          <button type="button" class="govuk-button" data-module="govuk-button" onClick={onMerge}>
            Merge it into “{opened.here.title}”
          </button>
        </>
      ) : (
        <p class="govuk-body">
          That inspection is not on this device. An inspector’s work is merged on the lead’s device,
          into the inspection it belongs to.
        </p>
      )}
    </>
  );
}

function Imported({ done }: { done: Done }) {
  if (done.kind === 'inspection') {
    const { outcome } = done;
    return (
      <>
        <NotificationBanner type="success" heading="The inspection was imported">
          <p class="govuk-body">
            “{outcome.inspection.title}”: {plural(outcome.cases, 'case')},{' '}
            {plural(outcome.answers, 'answer')} and {plural(outcome.history, 'recorded change')}.
          </p>
        </NotificationBanner>
        <h1 class="govuk-heading-l">Open a Case Audit file</h1>
        <p class="govuk-body">
          <a class="govuk-link" href={inspectionHref(outcome.inspection.id)}>
            Open “{outcome.inspection.title}”
          </a>
        </p>
      </>
    );
  }
  const counts = done.plan.status === 'ok' ? done.plan.counts : null;
  return (
    <>
      <NotificationBanner
        type="success"
        heading={
          done.wrote ? 'The pack was imported' : 'Nothing changed: this pack was imported before'
        }
      >
        {counts && (
          <p class="govuk-body" data-pack-imported>
            “{done.title}”: {plural(counts.newCases, 'new case')},{' '}
            {plural(counts.updatedCases, 'case')} updated
            {counts.keptForLater > 0
              ? `, ${plural(counts.keptForLater, 'conflict')} kept for you to look at`
              : ''}
            .
          </p>
        )}
        {done.notes.map((note) => (
          <p class="govuk-body" key={note}>
            {note}
          </p>
        ))}
      </NotificationBanner>
      <h1 class="govuk-heading-l">Open a Case Audit file</h1>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={inspectionHref(done.inspectionId)}>
            Open “{done.title}”
          </a>
        </li>
        {counts && counts.keptForLater > 0 && (
          <li>
            <a class="govuk-link" href={teamWorkHref(done.inspectionId, '/conflicts')}>
              See the open conflicts
            </a>
          </li>
        )}
      </ul>
    </>
  );
}
