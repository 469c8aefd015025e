/**
 * The text a Case Audit file is saved as, whatever its kind (a whole inspection, a pack, an
 * inspector's work): protected with a passphrase when one is given (core's encryptedFile.ts,
 * with the browser's WebCrypto), as it is otherwise. One way for every kind, so every
 * protected file opens the same way.
 */
import {
  encryptedFileText,
  encryptFileText,
  type InspectionFile,
  inspectionFileText,
  type TeamFile,
  teamFileText,
} from '../../core';

export async function fileContent(
  file: InspectionFile | TeamFile,
  passphrase: string | null,
): Promise<string> {
  const text = file.kind === 'inspection' ? inspectionFileText(file) : teamFileText(file);
  if (passphrase === null) return text;
  return encryptedFileText(await encryptFileText(text, file.kind, passphrase, crypto));
}
