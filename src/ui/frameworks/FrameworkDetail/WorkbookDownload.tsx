import { useState } from 'preact/hooks';
import type { Framework } from '../../../core';
import { t } from '../../i18n/translate';
import { downloadFrameworkWorkbook } from './downloadWorkbook';

/**
 * "Download as a workbook": the spreadsheet library loads only now, so the download can fail
 * (storage full, a stale cache after an update); the person is told, and offered the JSON.
 */
export function WorkbookDownload({ framework }: { framework: Framework }) {
  const [failure, setFailure] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const download = async () => {
    setFailure(null);
    setWorking(true);
    try {
      await downloadFrameworkWorkbook(framework);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setWorking(false);
    }
  };
  return (
    <>
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        disabled={working}
        aria-disabled={working}
        onClick={() => void download()}
      >
        {t('frameworks', 'Download as a workbook (.xlsx)')}
      </button>
      {failure !== null && (
        <p class="govuk-error-message" role="alert">
          <span class="govuk-visually-hidden">{t('frameworks', 'Error:')}</span>{' '}
          {t(
            'frameworks',
            'The workbook could not be made ({reason}). Try again, or export the framework as JSON.',
            { reason: failure },
          )}
        </p>
      )}
    </>
  );
}
