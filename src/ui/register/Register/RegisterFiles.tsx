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
  plural,
  type ValidationError,
} from '../../../core';
import {
  exportRegister,
  importRegisterFile,
  type RegisterMergeOutcome,
} from '../../../db/register/registerStore';
import { downloadFile } from '../../components/downloadFile';
import { FileField } from '../../components/InspectionFrame/formFields';
import { todayLocal } from '../common/today';

export const REGISTER_FILE_FIELD = 'register-file';

export type FileProblems = {
  readonly summary: string;
  readonly errors: readonly ValidationError[];
};

function failureOf(outcome: Exclude<RegisterMergeOutcome, { status: 'merged' | 'invalid' }>) {
  if (outcome.status === 'missing') return outcome.message;
  return outcome.reason === 'quota'
    ? 'The file could not be imported: this device’s storage is full.'
    : 'The file could not be imported: this device’s storage did not answer. Try again.';
}

export function mergedMessage(added: number, alreadyThere: number): string {
  const there =
    alreadyThere === 0 ? '' : `; ${plural(alreadyThere, 'was', 'were')} already in the register`;
  return `${plural(added, 'recommendation')} added${there}.`;
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
      onProblems({ summary: 'Choose a register file to import', errors: [] });
      return;
    }
    setBusy(true);
    const outcome = await importRegisterFile(inspection.id, await file.text(), by);
    setBusy(false);
    if (outcome.status === 'merged') {
      onProblems(null);
      if (input.current) input.current.value = '';
      onImported(`Imported: ${mergedMessage(outcome.added, outcome.alreadyThere)}`);
    } else if (outcome.status === 'invalid') {
      onProblems({
        summary: `The file was not imported: ${plural(outcome.errors.length, 'problem')} in it. Nothing was stored.`,
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
        summary: 'The register could not be exported.',
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
      <h2 class="govuk-heading-m">Import a register file</h2>
      <p class="govuk-body">
        Recommendations already in the register are kept as they are; only new ones are added.
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
          label="Register file"
          labelClass="govuk-label--s"
          hint="A register file (JSON) exported from Case Audit, for this framework version."
          error={problems?.summary}
          accept=".json,application/json"
          inputRef={input}
        />
        <button type="submit" class="govuk-button govuk-button--secondary" disabled={busy}>
          Import the file
        </button>
      </form>
      <h2 class="govuk-heading-m">Export the register</h2>
      <p class="govuk-body">
        A file of every recommendation with its local position, actions, evidence and history.
      </p>
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() => void exportFile()}
      >
        Export the register
      </button>
    </>
  );
}
