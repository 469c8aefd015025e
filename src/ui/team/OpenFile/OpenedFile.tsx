/** What an opened Case Audit file is, and what can be done with it here. */
import { describeFileInspection } from '../../../core';
import type { TeamFileSummary } from '../../../workers/teamWorkService';
import { formatMoment } from '../../components/InspectionFrame/format';
import { SummaryRow } from '../../components/SummaryRow';
import { currentTranslator, t } from '../../i18n/translate';
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
            {t(
              'team.open',
              'The whole of one inspection: framework, cases, answers, evidence notes, their history and the report text. It must not already be on this device.',
            )}
          </p>
          <button
            type="button"
            class="govuk-button"
            data-module="govuk-button"
            disabled={busy}
            onClick={onImportWhole}
          >
            {t('team.open', 'Import the inspection')}
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
  if (summary.status === 'invalid') return t('team.open', 'This file cannot be opened');
  if (summary.status === 'locked') return t('team.open', 'This file is protected by a passphrase');
  if (summary.status === 'inspection') return t('team.open', 'This is a whole inspection');
  const person = summary.person ?? '';
  return summary.kind === 'pack'
    ? t('team.open', 'Inspection pack for {person}', { person })
    : t('team.open', 'Work by {person}', { person });
}

function FileFacts({ summary }: { summary: TeamFileSummary }) {
  return (
    <dl class="govuk-summary-list">
      <SummaryRow label={t('team.open', 'Inspection')}>
        {summary.inspection ? describeFileInspection(summary.inspection, currentTranslator()) : '—'}
      </SummaryRow>
      <SummaryRow label={t('team.open', 'Cases')}>
        {summary.secondReadings > 0
          ? t(
              'team.open',
              '{cases, plural, one {# case} other {# cases}}, {readings, plural, one {# second reading} other {# second readings}}',
              { cases: summary.cases, readings: summary.secondReadings },
            )
          : t('team.open', '{cases, plural, one {# case} other {# cases}}', {
              cases: summary.cases,
            })}
      </SummaryRow>
      <SummaryRow label={t('team.open', 'Made')}>
        {summary.exportedAt ? formatMoment(summary.exportedAt) : '—'}
      </SummaryRow>
      <SummaryRow label={t('team.open', 'File')} valueClass="ca-team-work__file-name">
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
        <p class="govuk-body">
          {t('team.open', 'This pack was imported before: importing it again changes nothing.')}
        </p>
      )}
      {plan?.status === 'ok' && (
        <>
          <p class="govuk-body">
            {here
              ? t(
                  'team.open',
                  '“{title}” is on this device already. The pack brings the lead’s latest details and assignments and adds any new cases; answers made on this device are never overwritten.',
                  { title: here.title },
                )
              : t(
                  'team.open',
                  'The inspection is not on this device yet: the pack adds it, with its framework.',
                )}
          </p>
          <ul class="govuk-list govuk-list--bullet" data-pack-preview>
            <li>
              {t('team.open', '{count, plural, one {# new case} other {# new cases}}', {
                count: plan.counts.newCases,
              })}
            </li>
            {here && (
              <li>
                {t('team.open', '{count, plural, one {# case} other {# cases}} updated', {
                  count: plan.counts.updatedCases,
                })}
              </li>
            )}
            {here && (
              <li>
                {t('team.open', '{count, plural, one {# case} other {# cases}} unchanged', {
                  count: plan.counts.unchangedCases,
                })}
              </li>
            )}
            {plan.counts.conflicts > 0 && (
              <li>
                {t(
                  'team.open',
                  '{count, plural, one {# answer} other {# answers}} changed both here and by the lead: yours are kept, and the differences saved as open conflicts to look at in Team work',
                  { count: plan.counts.conflicts },
                )}
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
            {t('team.open', 'Import the pack')}
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
            {t(
              'team.open',
              'Work is merged into the inspection it belongs to, where you see what it would change, and any conflicts, before anything is saved.',
            )}
          </p>
          <button type="button" class="govuk-button" data-module="govuk-button" onClick={onMerge}>
            {t('team.open', 'Merge it into “{title}”', { title: opened.here.title })}
          </button>
        </>
      ) : (
        <p class="govuk-body">
          {t(
            'team.open',
            'That inspection is not on this device. An inspector’s work is merged on the lead’s device, into the inspection it belongs to.',
          )}
        </p>
      )}
    </>
  );
}
