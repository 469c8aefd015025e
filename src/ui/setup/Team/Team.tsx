import { useState } from 'preact/hooks';
import type { Inspection } from '../../../core';
import { assignCases, listCases } from '../../../db/inspections/caseListStore';
import { FailureSummary } from '../../components/FailureSummary';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useLive } from '../../hooks/useLive';
import type { Assign } from './assignment';
import { BulkAssign } from './BulkAssign';
import { OneByOne } from './OneByOne';
import { TeamTable } from './TeamTable';
import './Team.css';
import { t, tx } from '../../i18n/translate';
import { link } from '../link';

/**
 * The team, and who reads which case: in bulk (every case of an area and stratum to one
 * person) or case by case. Each action is one transaction.
 */
export default function Team({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading={t('setup', 'Team and assignment')}>
      {({ inspection }) => <Assignment inspection={inspection} />}
    </InspectionFrame>
  );
}

function Assignment({ inspection }: { inspection: Inspection }) {
  const cases = useLive(() => listCases(inspection.id), [inspection.id]);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  if (cases.status === 'loading') return <Loading what={t('setup', 'Loading the cases')} />;
  if (cases.status === 'failed') {
    return (
      <p class="govuk-body">
        {t('setup', 'The cases could not be read. Reload the page to try again.')}
      </p>
    );
  }
  const save: Assign = async (assignments, describe) => {
    setDone(null);
    setFailure(null);
    const outcome = await assignCases(inspection.id, assignments);
    if (outcome.status === 'saved') {
      setDone(describe(outcome.changed));
      return true;
    }
    if (outcome.status === 'invalid') setFailure(outcome.errors.map((e) => e.message).join('; '));
    else if (outcome.status === 'missing') setFailure(outcome.message);
    else
      setFailure(
        t('setup', 'Nothing was saved: the browser’s storage refused the change ({detail}).', {
          detail: outcome.detail,
        }),
      );
    return false;
  };

  return (
    <>
      {done && <NotificationBanner type="success" heading={done} focus />}
      {failure && (
        <FailureSummary title={t('setup', 'The cases could not be assigned')}>
          {failure}
        </FailureSummary>
      )}
      <TeamTable inspection={inspection} cases={cases.value} />
      {cases.value.length === 0 ? (
        <p class="govuk-body">
          {tx(
            'setup',
            'There are no cases to assign yet. <import>Import a case list</import> or <sample>draw a sample</sample>.',
            {
              import: link(inspectionHref(inspection.id, '/import')),
              sample: link(inspectionHref(inspection.id, '/sample')),
            },
          )}
        </p>
      ) : (
        <>
          <BulkAssign inspection={inspection} cases={cases.value} onAssign={save} />
          <OneByOne inspection={inspection} cases={cases.value} onAssign={save} />
        </>
      )}
    </>
  );
}
