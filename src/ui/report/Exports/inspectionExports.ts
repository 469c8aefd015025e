/**
 * The three exports of an inspection (SPEC §6) for the Exports screen, made from what is stored
 * on this device (the figures in the findings worker), each a file named for what it holds and
 * the day it was made (`lac-2012-inspection-findings-2026-11-22.csv`):
 * - the cases spreadsheet: one row per case, every answer by question id (core's
 *   `writeCasesCsv`, the format `case-audit findings` reads, so the command line gives the same
 *   figures as the app);
 * - the findings table: one row per question and breakdown cell, with numerator, base,
 *   percentage and interval (core's `findingsTableCsv`), and beside each question the figure
 *   the inspection report published for it when there are published figures for the framework
 *   version (imported on this device, else shipped with the app);
 * - the inspection file: the whole inspection as JSON, for archive and for another device,
 *   protected by a passphrase if the user chooses;
 * - beside the cases spreadsheet, its codebook (CSV, JSON) and the SPSS and R syntax that read
 *   it (core's `buildCodebook`, the files `case-audit codebook` makes).
 */
import {
  buildCodebook,
  type CodebookFileFormat,
  codebookFileName,
  codebookFileText,
  exportFileName,
  findingsOptionsFor,
  findingsTableCsv,
  writeCasesCsv,
} from '../../../core';
import { loadFindingsSource } from '../../../db/cases/findingsSource';
import { fileContent } from '../../../db/exchange/fileContent';
import { makeInspectionFile } from '../../../db/exchange/inspectionExport';
import { benchmarksFor } from '../../../db/frameworks/benchmarkStore';
import { getInspectionWithFramework } from '../../../db/inspections/inspectionStore';
import { findingsOffPage } from '../../../workers/findingsBridge';
import { t } from '../../i18n/translate';

export type ExportFile = {
  readonly fileName: string;
  readonly blob: Blob;
  readonly summary: string;
};
export type ExportOutcome =
  | { readonly status: 'ok'; readonly file: ExportFile }
  | { readonly status: 'missing'; readonly message: string };

const CSV = 'text/csv;charset=utf-8';

async function source(inspectionId: string) {
  const found = await loadFindingsSource(inspectionId);
  if (!found)
    return {
      status: 'missing' as const,
      message: t('reportScreen', 'This inspection is no longer on this device.'),
    };
  if (!found.framework) {
    return {
      status: 'missing' as const,
      message: t(
        'reportScreen',
        'The framework this inspection is pinned to is not on this device.',
      ),
    };
  }
  return { status: 'ok' as const, ...found, framework: found.framework };
}

/** The cases spreadsheet (with a byte-order mark, so Excel reads accents correctly). */
export async function casesCsvExport(inspectionId: string, date: string): Promise<ExportOutcome> {
  const found = await source(inspectionId);
  if (found.status !== 'ok') return found;
  const text = writeCasesCsv(found.framework, found.cases, { byteOrderMark: true });
  return {
    status: 'ok',
    file: {
      fileName: exportFileName(found.inspection, found.framework, 'cases', date),
      blob: new Blob([text], { type: CSV }),
      summary: t('reportScreen', '{count, plural, one {# case} other {# cases}}', {
        count: found.cases.length,
      }),
    },
  };
}

const CODEBOOK_TYPES: Record<CodebookFileFormat, string> = {
  csv: CSV,
  json: 'application/json',
  sps: 'text/plain;charset=utf-8',
  r: 'text/plain;charset=utf-8',
};

/**
 * The codebook of the cases spreadsheet (CSV or JSON), or the SPSS or R syntax that reads it:
 * made from the framework and the inspection's areas, strata and team, no case needed. The
 * syntax reads the cases spreadsheet by the name it has when downloaded the same day.
 */
export async function codebookExport(
  inspectionId: string,
  date: string,
  format: CodebookFileFormat,
): Promise<ExportOutcome> {
  const found = await getInspectionWithFramework(inspectionId);
  if (!found)
    return {
      status: 'missing',
      message: t('reportScreen', 'This inspection is no longer on this device.'),
    };
  if (!found.framework) {
    return {
      status: 'missing',
      message: t(
        'reportScreen',
        'The framework this inspection is pinned to is not on this device.',
      ),
    };
  }
  const { inspection } = found;
  const framework = found.framework.framework;
  const codebook = buildCodebook(framework, {
    areas: inspection.areas,
    strata: inspection.strata,
    team: inspection.team,
    casesFile: exportFileName(inspection, framework, 'cases', date),
  });
  const text = codebookFileText(codebook, format, { byteOrderMark: true });
  return {
    status: 'ok',
    file: {
      fileName: codebookFileName(inspection, framework, format, date),
      blob: new Blob([text], { type: CODEBOOK_TYPES[format] }),
      summary: t('reportScreen', '{count, plural, one {# column} other {# columns}}', {
        count: codebook.columns.length,
      }),
    },
  };
}

/**
 * The findings table, broken down by area when the inspection has more than one, with the
 * published figures' columns when there are figures for the framework version.
 */
export async function findingsCsvExport(
  inspectionId: string,
  date: string,
  completeOnly: boolean,
): Promise<ExportOutcome> {
  const found = await source(inspectionId);
  if (found.status !== 'ok') return found;
  const options = findingsOptionsFor(found.inspection, {
    completeOnly,
    breakdownBy: found.inspection.areas.length > 1 ? 'area' : null,
  });
  const [result, benchmarks] = await Promise.all([
    findingsOffPage(found.framework, found.cases, options),
    benchmarksFor(found.framework),
  ]);
  const csv = findingsTableCsv(result, benchmarks ? { benchmarks } : {});
  return {
    status: 'ok',
    file: {
      fileName: exportFileName(found.inspection, found.framework, 'findings', date),
      blob: new Blob([csv], { type: CSV }),
      summary: benchmarks
        ? t(
            'reportScreen',
            '{questions, plural, one {# question} other {# questions}} over {cases, plural, one {# case} other {# cases}}, beside the published figures',
            { questions: result.questions.length, cases: result.cases.counted },
          )
        : t(
            'reportScreen',
            '{questions, plural, one {# question} other {# questions}} over {cases, plural, one {# case} other {# cases}}',
            { questions: result.questions.length, cases: result.cases.counted },
          ),
    },
  };
}

/**
 * The whole inspection as an inspection file (JSON), protected with `passphrase` when one is
 * given, as packs and work files are (the same envelope: fileContent.ts).
 */
export async function inspectionFileExport(
  inspectionId: string,
  date: string,
  made: { readonly exportedAt: string; readonly appVersion: string },
  passphrase: string | null = null,
): Promise<ExportOutcome> {
  const found = await makeInspectionFile(inspectionId, made);
  if (found.status !== 'ok') return found;
  const { file } = found;
  const protect = passphrase !== null;
  return {
    status: 'ok',
    file: {
      fileName: exportFileName(file.inspection, file.framework, 'all-data', date, {
        protected: protect,
      }),
      blob: new Blob([await fileContent(file, passphrase)], { type: 'application/json' }),
      summary: protect
        ? t(
            'reportScreen',
            '{count, plural, one {# case} other {# cases}} with their answers and history, protected by a passphrase',
            { count: file.cases.length },
          )
        : t(
            'reportScreen',
            '{count, plural, one {# case} other {# cases}} with their answers and history',
            { count: file.cases.length },
          ),
    },
  };
}
