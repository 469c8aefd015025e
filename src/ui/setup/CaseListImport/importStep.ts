/** The steps of importing a case list: the state of the import screen. */
import type { ColumnMapping, ValidationError } from '../../../core';
import type {
  CaseListFile,
  CaseListPurpose,
  CaseListReport,
  StoreProgress,
} from '../../../workers/caseListService';

export type Checked = Extract<CaseListReport, { status: 'ok' }>;
export type Invalid = Extract<CaseListReport, { status: 'invalid' }>;

/** Where the import has got to, with what each step needs. */
export type Step =
  | { step: 'choose'; errors?: readonly ValidationError[]; fileName?: string; notice?: string }
  | { step: 'reading'; fileName: string; controller: AbortController }
  | {
      step: 'map';
      file: CaseListFile;
      mapping: ColumnMapping;
      purpose: CaseListPurpose | '';
      skipExisting: boolean;
      report?: Invalid;
      purposeMissing?: boolean;
      checking?: boolean;
    }
  | {
      step: 'confirm';
      file: CaseListFile;
      mapping: ColumnMapping;
      purpose: CaseListPurpose;
      skipExisting: boolean;
      report: Checked;
      replace: boolean;
      replaceMissing?: boolean;
      failure?: string;
    }
  | {
      step: 'storing';
      file: CaseListFile;
      purpose: CaseListPurpose;
      progress: StoreProgress | null;
    }
  | { step: 'done'; fileName: string; purpose: CaseListPurpose; count: number; skipped: number };
