/**
 * Reads and checks a framework workbook away from the page: the spreadsheet library and the
 * checks of a few hundred rows take a moment. Bytes in, a ValidationResult out; the message
 * "prepare" loads the library ahead, while the user is still choosing to check the file.
 */
import { readFrameworkWorkbook } from '../../../core';
import { loadSpreadsheetLibrary, openWorkbook } from '../workbookLibrary';

self.onmessage = async (event: MessageEvent<Uint8Array | 'prepare'>) => {
  if (event.data === 'prepare') {
    void loadSpreadsheetLibrary();
    return;
  }
  self.postMessage(await readFrameworkWorkbook(event.data, openWorkbook));
};
