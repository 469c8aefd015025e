/** What an opened Case Audit file is, and what can be done with it here. */
import { describeFileInspection, plural } from '../../../core';
import type { TeamFileSummary } from '../../../workers/teamWorkService';
import { formatMoment } from '../../components/InspectionFrame/format';
import { SummaryRow } from '../../components/SummaryRow';
import { FileProblems, UnlockForm } from '../MergeWork/FileTable';
import type { Opened } from './openFileActions';

export function OpenedFile({
  opened,
  busy,
  onUnlock,
  onImportWhole,
  onImportPack,
  onMerge,
}: {
  opened: Opened;
  busy: boolean;
  onUnlock: (passphrase: string) => void;
  onImportWhole: () => void;
  onImportPack: () => void;
  onMerge: () => void;
}) {
  const { summary } = opened;
  return (
    <section aria-labelledby="what-it-is" data-opened-file>
      <h2 class="govuk-heading-m" id="what-it-is">
        {headingFor(summary)}
      </h2>
      {summary.status === 'invalid' && <FileProblems row={{ summary, plan: null }} />}
      {summary.status === 'locked' && (
        <UnlockForm summary={summary} busy={busy} onUnlock={onUnlock} />
      )}
      {summary.status === 'inspection' && (
        <>
          <p class="govuk-body">
            The whole of one inspection: framework, cases, answers, evidence notes, their history
            and the report text. It must not already be on this device.
          </p>
          <button
            type="button"
            class="govuk-button"
            data-module="govuk-button"
            disabled={busy}
            onClick={onImportWhole}
          >
            Import the inspection
          </button>
        </>
      )}
      {summary.status === 'ready' && summary.kind === 'pack' && (
        <PackPreview opened={opened} busy={busy} onImport={onImportPack} />
      )}
      {summary.status === 'ready' && summary.kind === 'work' && (
        <WorkFound opened={opened} onMerge={onMerge} />
      )}
    </section>
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
      <SummaryRow label="Inspection">
        {summary.inspection ? describeFileInspection(summary.inspection) : '—'}
      </SummaryRow>
      <SummaryRow label="Cases">
        {plural(summary.cases, 'case')}
        {summary.secondReadings > 0 ? `, ${plural(summary.secondReadings, 'second reading')}` : ''}
      </SummaryRow>
      <SummaryRow label="Made">
        {summary.exportedAt ? formatMoment(summary.exportedAt) : '—'}
      </SummaryRow>
      <SummaryRow label="File" valueClass="ca-team-work__file-name">
        {summary.name}
      </SummaryRow>
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
