/** What the Exports screen is doing: which file is being made, and how the last one went. */
import { useMemo, useState } from 'preact/hooks';
import { type CodebookFileFormat, passphraseProblem } from '../../../core';
import { downloadFile } from '../../components/downloadFile';
import { t } from '../../i18n/translate';
import {
  NO_PASSPHRASE,
  type PassphraseChoice,
  passphraseErrors,
  passphraseSummary,
} from '../../team/TeamWork/PassphraseFields';
import { APP_VERSION, todayLocal } from './exportDate';
import {
  casesCsvExport,
  codebookExport,
  type ExportOutcome,
  findingsCsvExport,
  inspectionFileExport,
} from './inspectionExports';

export type ExportKind = 'cases' | 'findings' | 'all-data' | `codebook-${CodebookFileFormat}`;

const CODEBOOK_KINDS: Record<string, CodebookFileFormat> = {
  'codebook-csv': 'csv',
  'codebook-json': 'json',
  'codebook-sps': 'sps',
  'codebook-r': 'r',
};

function exportOf(
  kind: ExportKind,
  inspectionId: string,
  options: { basis: 'complete' | 'all'; passphrase: PassphraseChoice },
): Promise<ExportOutcome> {
  const date = todayLocal();
  if (kind === 'cases') return casesCsvExport(inspectionId, date);
  const codebook = CODEBOOK_KINDS[kind];
  if (codebook) return codebookExport(inspectionId, date, codebook);
  if (kind === 'findings')
    return findingsCsvExport(inspectionId, date, options.basis === 'complete');
  return inspectionFileExport(
    inspectionId,
    date,
    { exportedAt: new Date().toISOString(), appVersion: APP_VERSION },
    options.passphrase.protect ? options.passphrase.passphrase : null,
  );
}

export function useExports(inspectionId: string, onErrors: (has: boolean) => void) {
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [basis, setBasis] = useState<'complete' | 'all'>('complete');
  const [passphrase, setPassphrase] = useState<PassphraseChoice>(NO_PASSPHRASE);
  const [errors, setErrors] = useState<{ passphrase?: string; confirm?: string }>({});

  const make = async (kind: ExportKind) => {
    setDone(null);
    setFailure(null);
    if (kind === 'all-data') {
      const found = passphraseErrors(passphrase, passphraseProblem);
      setErrors(found);
      onErrors(Object.keys(found).length > 0);
      if (Object.keys(found).length > 0) return;
    }
    setBusy(kind);
    try {
      const outcome = await exportOf(kind, inspectionId, { basis, passphrase });
      if (outcome.status !== 'ok') {
        setFailure(outcome.message);
        return;
      }
      downloadFile(outcome.file.fileName, outcome.file.blob);
      setDone(
        t('reportScreen', '{fileName} ({summary}) is in your downloads.', {
          fileName: outcome.file.fileName,
          summary: outcome.file.summary,
        }),
      );
    } catch (error) {
      setFailure(
        t('reportScreen', 'The file could not be made: {reason}', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    } finally {
      setBusy(null);
    }
  };

  // Made anew only when the form is sent: the summary takes focus each time it changes.
  const summary = useMemo(() => passphraseSummary(errors), [errors]);

  return {
    ...{ busy, done, failure, basis, setBasis, passphrase, setPassphrase, errors, summary },
    make,
  };
}
