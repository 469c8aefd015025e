/**
 * Open a Case Audit file: the one way in for every file the app makes. It reads the file (in
 * a worker), asks for the passphrase of a protected one, says what it is, and does the right
 * thing with it:
 * - an inspection pack: shows what it would bring or change on this device, then imports it
 *   (answers made here are never overwritten: conflicts are kept for later);
 * - an inspector's work: hands it to the inspection's merge page, where the lead sees the
 *   preview and the conflicts;
 * - a whole inspection: imports it as the inspection-file import does.
 */
import { useLocation } from 'preact-iso';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileField } from '../../components/InspectionFrame/formFields';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';
import { handOverFiles } from '../TeamWork/handOver';
import { teamWorkHref } from '../TeamWork/teamWorkCommon';
import { Imported } from './Imported';
import { OpenedFile } from './OpenedFile';
import { useOpenFile } from './useOpenFile';
import '../TeamWork/TeamWork.css';

export default function OpenFile() {
  const { route } = useLocation();
  const screen = useOpenFile();
  const { chooseError, busy, opened, failure } = screen;
  usePageTitle(
    t('team.open', 'Open a Case Audit file'),
    chooseError !== null || failure.length > 0,
  );

  if (screen.done) return <Imported done={screen.done} />;

  return (
    <>
      <a href="/inspections" class="govuk-back-link">
        {t('team.open', 'Back to inspections')}
      </a>
      <ErrorSummary
        errors={[
          ...(chooseError ? [{ text: chooseError, href: '#case-audit-file' }] : []),
          ...failure.map((text) => ({ text })),
        ]}
      />
      <h1 class="govuk-heading-l">{t('team.open', 'Open a Case Audit file')}</h1>
      <p class="govuk-body">
        {t('team.open', 'Open any file Case Audit made, on this device or another:')}
      </p>
      <ul class="govuk-list govuk-list--bullet">
        <li>
          {t('team.open', 'an inspection pack from your lead, with the cases for you to score;')}
        </li>
        <li>{t('team.open', 'an inspector’s work, to merge into your inspection (leads);')}</li>
        <li>
          {t('team.open', 'a whole inspection, exported for archive or to move it to this device.')}
        </li>
      </ul>
      <ChooseFile
        error={chooseError}
        busy={busy !== null}
        onChoose={screen.choose}
        onCheck={screen.check}
      />
      {busy && (
        <p class="govuk-body" role="status">
          {busy}
        </p>
      )}
      {opened && (
        <OpenedFile
          opened={opened}
          busy={busy !== null}
          onUnlock={(p) => void screen.unlock(p)}
          onImportWhole={() => void screen.importWhole()}
          onImportPack={() => void screen.importPack()}
          onMerge={() => {
            handOverFiles(opened.here!.id, [opened.file]);
            route(teamWorkHref(opened.here!.id, '/merge'));
          }}
        />
      )}
    </>
  );
}

function ChooseFile({
  error,
  busy,
  onChoose,
  onCheck,
}: {
  error: string | null;
  busy: boolean;
  onChoose: (file: File | null) => void;
  onCheck: (event: Event) => void;
}) {
  return (
    <form onSubmit={onCheck} noValidate>
      <FileField
        id="case-audit-file"
        label={t('team.open', 'Case Audit file (.json)')}
        labelClass="govuk-label--s"
        error={error ?? undefined}
        accept=".json,application/json"
        onChange={(files) => onChoose(files[0] ?? null)}
      />
      <button
        type="submit"
        class="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        disabled={busy}
      >
        {t('team.open', 'Check the file')}
      </button>
    </form>
  );
}
