import type { ComponentChild } from 'preact';
import type { ExportKind } from './useExports';

type Entry = {
  readonly kind: ExportKind;
  readonly name: string;
  readonly purpose: string;
  readonly button: string;
};

const ENTRIES: readonly Entry[] = [
  {
    kind: 'codebook-csv',
    name: 'Codebook (CSV)',
    purpose:
      'every column of the cases spreadsheet with its variable name, label and type, and each answer code with its label, to read beside the data.',
    button: 'Download the codebook (CSV)',
  },
  {
    kind: 'codebook-json',
    name: 'Codebook (JSON)',
    purpose: 'the same codebook for other programs to read.',
    button: 'Download the codebook (JSON)',
  },
  {
    kind: 'codebook-sps',
    name: 'SPSS syntax (.sps)',
    purpose:
      'run it in SPSS or PSPP to read the cases spreadsheet with variable and value labels, not applicable and not known as missing values.',
    button: 'Download the SPSS syntax (.sps)',
  },
  {
    kind: 'codebook-r',
    name: 'R script (.R)',
    purpose:
      'run it in R to read the cases spreadsheet as a data frame, answers as factors with the framework’s levels and labels.',
    button: 'Download the R script (.R)',
  },
];

/**
 * The codebook and the syntax files beside the cases spreadsheet, for researchers' own
 * statistics programs: each named, with one line saying what it is for.
 */
export function CodebookExports({
  button,
}: {
  button: (kind: ExportKind, label: string) => ComponentChild;
}) {
  return (
    <>
      <h3 class="govuk-heading-s" id="export-codebook">
        For statistics programs
      </h3>
      <p class="govuk-body">
        The syntax files read the cases spreadsheet by the name it has when downloaded on the same
        day: keep the two in one folder.
      </p>
      <ul class="govuk-list">
        {ENTRIES.map((entry) => (
          <li key={entry.kind}>
            <p class="govuk-body govuk-!-margin-bottom-2">
              <strong>{entry.name}</strong>: {entry.purpose}
            </p>
            {button(entry.kind, entry.button)}
          </li>
        ))}
      </ul>
    </>
  );
}
