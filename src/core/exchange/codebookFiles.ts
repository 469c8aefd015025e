/**
 * The four files made from a codebook, by format: the codebook itself as CSV and as JSON, and
 * the SPSS syntax and R script that read the cases spreadsheet it describes. The app's Exports
 * screen and `case-audit codebook` both make them here.
 */
import { codebookCsv, codebookJson } from './codebook';
import type { Codebook } from './codebookSchema';
import { rSyntax } from './rSyntax';
import { spssSyntax } from './spssSyntax';

export const CODEBOOK_FILE_FORMATS = ['csv', 'json', 'sps', 'r'] as const;
export type CodebookFileFormat = (typeof CODEBOOK_FILE_FORMATS)[number];

/**
 * The file's text. `byteOrderMark`: start the CSV with one, which Excel needs to read accents
 * correctly (the other formats never have one: their readers take UTF-8 as it is).
 */
export function codebookFileText(
  codebook: Codebook,
  format: CodebookFileFormat,
  options: { readonly byteOrderMark?: boolean } = {},
): string {
  switch (format) {
    case 'csv':
      return codebookCsv(codebook, options);
    case 'json':
      return codebookJson(codebook);
    case 'sps':
      return spssSyntax(codebook);
    case 'r':
      return rSyntax(codebook);
  }
}
