/**
 * Making and saving a pack or work file from a form: busy while it is made, then the saved
 * file described, or why it could not be made. Shared by "Export a pack" and "Export my work".
 */
import { useState } from 'preact/hooks';
import type { PackFile, WorkFile } from '../../../core';
import type { TeamFileOutcome } from '../../../db/exchange/teamExport';
import type { PassphraseChoice } from './PassphraseFields';
import { downloadTeamFile } from './teamWorkCommon';

export function useTeamFileSave() {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  /** Clears the last outcome, as a new submission starts. */
  const reset = () => {
    setDone(null);
    setFailure(null);
  };

  /** Makes the file with `make` and saves it; `failed` says why it could not be made. */
  const save = async (
    make: () => Promise<TeamFileOutcome<PackFile | WorkFile>>,
    passphrase: PassphraseChoice,
    failed: (reason: string) => string,
  ) => {
    setBusy(true);
    try {
      const made = await make();
      if (made.status !== 'ok') {
        setFailure(made.message);
        return;
      }
      setDone(await downloadTeamFile(made, passphrase));
    } catch (error) {
      setFailure(failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  return { busy, done, failure, reset, save };
}
