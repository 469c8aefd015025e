/**
 * Whether an inspection one has a role in on the team server is on this device too: a link to
 * it when it is; "Copy to this device" when it is not (the first copy, a pack scoped to this
 * person, after which it syncs by itself); while this device is locked, that it must be unlocked
 * first (the copy goes into the person's protected space).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { getInspection } from '../../../db/inspections/inspectionStore';
import { copyFromServer } from '../../../sync/serverSync';
import { useLive } from '../../hooks/useLive';
import { t, tx } from '../../i18n/translate';
import { useShownSession } from '../../protection/useSession';
import { TEAM_ON_THIS_DEVICE } from '../teamAddresses';
import { failureText } from '../teamErrors';

const hidden = (chunks: ComponentChildren) => <span class="govuk-visually-hidden">{chunks}</span>;
function CopyOrOpen({ inspectionId, title }: { inspectionId: string; title: string }) {
  const held = useLive(() => getInspection(inspectionId), [inspectionId]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (held.status !== 'ready') return null;
  if (held.value) {
    return (
      <a class="govuk-link" href={`/inspections/${encodeURIComponent(inspectionId)}`}>
        {tx('teamServer', 'Open<hidden> {title} on this device</hidden>', { hidden, title })}
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
    if (outcome.status === 'failed') setFailure(failureText(outcome.message));
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
        {tx('teamServer', 'Copy to this device<hidden>: {title}</hidden>', { hidden, title })}
      </button>
      <p class="govuk-body" role="status">
        {busy ? t('teamServer', 'Copying…') : ''}
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
        {tx('teamServer', '<link>Unlock this device</link> to copy it here', {
          link: (chunks: ComponentChildren) => (
            <a class="govuk-link" href={TEAM_ON_THIS_DEVICE}>
              {chunks}
            </a>
          ),
        })}
      </span>
    );
  }
  return <CopyOrOpen inspectionId={inspectionId} title={title} />;
}
