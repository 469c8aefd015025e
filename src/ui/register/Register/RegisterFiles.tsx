/**
 * Importing a register file (merged by recommendation id: what is already here is kept, so a
 * file imported twice adds nothing) and exporting the register as a file, for another device or
 * service. A file that does not read is refused whole, each problem with its place, and nothing
 * is stored; the page's error summary lists them.
 */
import { useRef, useState } from 'preact/hooks';
import {
  type Framework,
  type Inspection,
  inspectionShortName,
  type ValidationError,
} from '../../../core';
import {
  exportRegister,
  importRegisterFile,
  type RegisterMergeOutcome,
} from '../../../db/register/registerStore';
import { downloadFile } from '../../components/downloadFile';
import { FileField } from '../../components/InspectionFrame/formFields';
import { t } from '../../i18n/translate';
import { todayLocal } from '../common/today';

export const REGISTER_FILE_FIELD = 'register-file';

export type FileProblems = {
  readonly summary: string;
  readonly errors: readonly ValidationError[];
};

function failureOf(outcome: Exclude<RegisterMergeOutcome, { status: 'merged' | 'invalid' }>) {
  if (outcome.status === 'missing') return outcome.message;
  return outcome.reason === 'quota'
    ? t('register', 'The file could not be imported: this device’s storage is full.')
    : t(
        'register',
        'The file could not be imported: this device’s storage did not answer. Try again.',
      );
}

export function mergedMessage(added: number, alreadyThere: number): string {
  return alreadyThere === 0
    ? t('register', '{added, plural, one {# recommendation} other {# recommendations}} added.', {
        added,
      })
    : t(
        'register',
        '{added, plural, one {# recommendation} other {# recommendations}} added; {alreadyThere, plural, one {# was} other {# were}} already in the register.',
        { added, alreadyThere },
      );
}

export function RegisterFiles({
  inspection,
  framework,
  by,
  problems,
  onProblems,
  onImported,
}: {
  inspection: Inspection;
  framework: Framework;
  by: string;
  problems: FileProblems | null;
  onProblems: (problems: FileProblems | null) => void;
  onImported: (message: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function importChosen() {
    const file = input.current?.files?.[0];
    if (!file) {
      onProblems({ summary: t('register', 'Choose a register file to import'), errors: [] });
      return;
    }
    setBusy(true);
    const outcome = await importRegisterFile(inspection.id, await file.text(), by);
    setBusy(false);
    if (outcome.status === 'merged') {
      onProblems(null);
      if (input.current) input.current.value = '';
      onImported(
        t('register', 'Imported: {result}', {
          result: mergedMessage(outcome.added, outcome.alreadyThere),
        }),
      );
    } else if (outcome.status === 'invalid') {
      onProblems({
        summary: t(
          'register',
          'The file was not imported: {count, plural, one {# problem} other {# problems}} in it. Nothing was stored.',
          { count: outcome.errors.length },
        ),
        errors: outcome.errors,
      });
    } else {
      onProblems({ summary: failureOf(outcome), errors: [] });
    }
  }

  async function exportFile() {
    const exported = await exportRegister(inspection.id);
    if (exported.status !== 'ok') {
      onProblems({
        summary: t('register', 'The register could not be exported.'),
        errors: exported.status === 'invalid' ? exported.errors : [],
      });
      return;
    }
    const name = `${inspectionShortName(inspection, framework)}-register-${todayLocal()}.json`;
    const text = `${JSON.stringify(exported.file, null, 2)}\n`;
    downloadFile(name, new Blob([text], { type: 'application/json' }));
  }

  return (
    <>
      <h2 class="govuk-heading-m">{t('register', 'Import a register file')}</h2>
      <p class="govuk-body">
        {t(
          'register',
          'Recommendations already in the register are kept as they are; only new ones are added.',
        )}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void importChosen();
        }}
      >
        <FileField
          id={REGISTER_FILE_FIELD}
          label={t('register', 'Register file')}
          labelClass="govuk-label--s"
          hint={t(
            'register',
            'A register file (JSON) exported from Case Audit, for this framework version.',
          )}
          error={problems?.summary}
          accept=".json,application/json"
          inputRef={input}
        />
        <button type="submit" class="govuk-button govuk-button--secondary" disabled={busy}>
          {t('register', 'Import the file')}
        </button>
      </form>
      <h2 class="govuk-heading-m">{t('register', 'Export the register')}</h2>
      <p class="govuk-body">
        {t(
          'register',
          'A file of every recommendation with its local position, actions, evidence and history.',
        )}
      </p>
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() => void exportFile()}
      >
        {t('register', 'Export the register')}
      </button>
    </>
  );
}
