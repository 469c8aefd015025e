import type { ComponentChild, ComponentChildren } from 'preact';
import { t, tx } from '../../i18n/translate';
import type { ExportKind } from './useExports';

type Entry = {
  readonly kind: ExportKind;
  readonly name: string;
  readonly purpose: string;
  readonly button: string;
};

/** Said in the language current when drawn. */
const entries = (): readonly Entry[] => [
  {
    kind: 'codebook-csv',
    name: t('reportScreen', 'Codebook (CSV)'),
    purpose: t(
      'reportScreen',
      'every column of the cases spreadsheet with its variable name, label and type, and each answer code with its label, to read beside the data.',
    ),
    button: t('reportScreen', 'Download the codebook (CSV)'),
  },
  {
    kind: 'codebook-json',
    name: t('reportScreen', 'Codebook (JSON)'),
    purpose: t('reportScreen', 'the same codebook for other programs to read.'),
    button: t('reportScreen', 'Download the codebook (JSON)'),
  },
  {
    kind: 'codebook-sps',
    name: t('reportScreen', 'SPSS syntax (.sps)'),
    purpose: t(
      'reportScreen',
      'run it in SPSS or PSPP to read the cases spreadsheet with variable and value labels, not applicable and not known as missing values.',
    ),
    button: t('reportScreen', 'Download the SPSS syntax (.sps)'),
  },
  {
    kind: 'codebook-r',
    name: t('reportScreen', 'R script (.R)'),
    purpose: t(
      'reportScreen',
      'run it in R to read the cases spreadsheet as a data frame, answers as factors with the framework’s levels and labels.',
    ),
    button: t('reportScreen', 'Download the R script (.R)'),
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
        {t('reportScreen', 'For statistics programs')}
      </h3>
      <p class="govuk-body">
        {t(
          'reportScreen',
          'The syntax files read the cases spreadsheet by the name it has when downloaded on the same day: keep the two in one folder.',
        )}
      </p>
      <ul class="govuk-list">
        {entries().map((entry) => (
          <li key={entry.kind}>
            <p class="govuk-body govuk-!-margin-bottom-2">
              {tx('reportScreen', '<strong>{name}</strong>: {purpose}', {
                name: entry.name,
                purpose: entry.purpose,
                strong: (chunks: ComponentChildren) => <strong>{chunks}</strong>,
              })}
            </p>
            {button(entry.kind, entry.button)}
          </li>
        ))}
      </ul>
    </>
  );
}
