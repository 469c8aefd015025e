import type { Framework } from '../../../core';
import { downloadFile } from '../../components/downloadFile';
import { frameworkWorkbookBytes } from '../workbookLibrary';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Saves a framework as an Excel workbook (`<id>-<version>.xlsx`), laid out for a methodology
 * lead to edit and import again; the library is loaded only now.
 */
export async function downloadFrameworkWorkbook(framework: Framework): Promise<void> {
  const bytes = await frameworkWorkbookBytes(framework);
  downloadFile(`${framework.id}-${framework.version}.xlsx`, new Blob([bytes], { type: XLSX_TYPE }));
}
