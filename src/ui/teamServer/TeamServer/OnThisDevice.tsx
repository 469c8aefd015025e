/**
 * Whether an inspection one has a role in on the team server is on this device too: a link to
 * it when it is; "Copy to this device" when it is not (the first copy, a pack scoped to this
 * person, after which it syncs by itself); while this device is locked, that it must be unlocked
 * first (the copy goes into the person's protected space).
 */
import { useState } from 'preact/hooks';
import { getInspection } from '../../../db/inspections/inspectionStore';
import { copyFromServer } from '../../../sync/serverSync';
import { useLive } from '../../hooks/useLive';
import { useShownSession } from '../../protection/useSession';
import { TEAM_ON_THIS_DEVICE } from '../teamAddresses';

function CopyOrOpen({ inspectionId, title }: { inspectionId: string; title: string }) {
  const held = useLive(() => getInspection(inspectionId), [inspectionId]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (held.status !== 'ready') return null;
  if (held.value) {
    return (
      <a class="govuk-link" href={`/inspections/${encodeURIComponent(inspectionId)}`}>
        Open<span class="govuk-visually-hidden"> {title} on this device</span>
      </a>
    );
  }
  const copy = async () => {
    setBusy(true);
    setFailure(null);
    const outcome = await copyFromServer({ id: inspectionId, team: [] }).catch(
      (error: unknown) => ({
        status: 'failed' as const,
        message: String(error),
      }),
    );
    if (outcome.status === 'failed') setFailure(outcome.message);
    setBusy(false);
  };
  return (
    <>
      <button
        type="button"
        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        data-module="govuk-button"
        disabled={busy}
        onClick={() => void copy()}
      >
        Copy to this device<span class="govuk-visually-hidden">: {title}</span>
      </button>
      <p class="govuk-body" role="status">
        {busy ? 'Copying…' : ''}
      </p>
      {failure && <p class="govuk-error-message">{failure}</p>}
    </>
  );
}

export function OnThisDevice({ inspectionId, title }: { inspectionId: string; title: string }) {
  const session = useShownSession();
  if (session.kind !== 'unlocked') {
    return (
      <span>
        <a class="govuk-link" href={TEAM_ON_THIS_DEVICE}>
          Unlock this device
        </a>{' '}
        to copy it here
      </span>
    );
  }
  return <CopyOrOpen inspectionId={inspectionId} title={title} />;
}
