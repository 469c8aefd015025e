/**
 * The audit log's CSV for an administrator: a plain link to the server that served the page (its
 * cookie goes with it); from a server connected to by its address, fetched with the session's
 * token and saved from memory, since a link would carry no session there.
 */
import { useState } from 'preact/hooks';
import { AUDIT_LOG_ADDRESS, auditLogCsv } from '../../../teamClient/teamClient';
import { downloadFile } from '../../components/downloadFile';
import { t } from '../../i18n/translate';
import { replyText } from '../teamErrors';

const label = () => t('teamServer', 'Download the audit log (CSV)');

export function AuditLogDownload({
  address,
  onError,
}: {
  address: string;
  onError: (text: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  if (address === '') {
    return (
      <a class="govuk-link" href={AUDIT_LOG_ADDRESS} download>
        {label()}
      </a>
    );
  }
  const download = async () => {
    setBusy(true);
    const reply = await auditLogCsv();
    setBusy(false);
    if (reply.status !== 'ok') {
      onError(replyText(reply));
      return;
    }
    const day = new Date().toISOString().slice(0, 10);
    const csv = new Blob([reply.value], { type: 'text/csv;charset=utf-8' });
    downloadFile(`case-audit-server-audit-${day}.csv`, csv);
  };
  return (
    <button
      type="button"
      class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
      disabled={busy}
      onClick={() => void download()}
    >
      {label()}
    </button>
  );
}
