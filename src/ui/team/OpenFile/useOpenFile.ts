/** The state of the Open a Case Audit file screen, and what its buttons do. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { teamWorker } from '../../../workers/teamWorkBridge';
import { t } from '../../i18n/translate';
import {
  type Done,
  describeFile,
  type ImportResult,
  importPack,
  importWholeInspection,
  type Opened,
} from './openFileActions';

/** The file lives in the team worker: keep it while the screen is open, close it on leaving. */
function useWorkerSession() {
  const session = useRef<string | null>(null);
  useEffect(() => {
    const release = teamWorker.hold();
    return () => {
      if (session.current)
        void teamWorker.call('close', { session: session.current }).catch(() => undefined);
      release();
    };
  }, []);
  return session;
}

export function useOpenFile() {
  const [file, setFile] = useState<File | null>(null);
  const [chooseError, setChooseError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [failure, setFailure] = useState<string[]>([]);
  const session = useWorkerSession();

  /** Runs one step with what it is doing shown, and the buttons disabled meanwhile. */
  const working = async (what: string, step: () => Promise<void>) => {
    setBusy(what);
    try {
      await step();
    } finally {
      setBusy(null);
    }
  };
  const settle = (result: ImportResult) => {
    if (result && 'done' in result) setDone(result.done);
    else if (result) setFailure(result.failure);
  };

  const check = async (event: Event) => {
    event.preventDefault();
    setFailure([]);
    setOpened(null);
    if (!file) {
      setChooseError(t('team.open', 'Choose the file to open'));
      return;
    }
    setChooseError(null);
    await working(t('team.open', 'Reading the file…'), async () => {
      try {
        if (session.current) await teamWorker.call('close', { session: session.current });
        const result = await teamWorker.call('open', { files: [file] });
        session.current = result.session;
        setOpened(await describeFile(result.session, file, result.files[0]!));
      } catch (error) {
        setFailure([
          t('team.open', 'The file could not be read: {reason}', {
            reason: error instanceof Error ? error.message : String(error),
          }),
        ]);
      }
    });
  };

  return {
    ...{ chooseError, busy, opened, done, failure, check },
    choose: (chosen: File | null) => {
      setFile(chosen);
      setChooseError(null);
      setOpened(null);
    },
    unlock: async (passphrase: string) => {
      if (!opened) return;
      await working(t('team.open', 'Opening the file…'), async () => {
        const summary = await teamWorker.call('unlock', {
          session: opened.session,
          index: 0,
          passphrase,
        });
        setOpened(await describeFile(opened.session, opened.file, summary));
      });
    },
    importPack: async () => {
      const inspection = opened?.summary.inspection;
      if (!opened || !inspection) return;
      await working(t('team.open', 'Importing the pack…'), async () =>
        settle(await importPack(opened, inspection)),
      );
    },
    importWhole: async () => {
      if (!opened) return;
      await working(t('team.open', 'Importing the inspection…'), async () =>
        settle(await importWholeInspection(opened)),
      );
    },
  };
}
