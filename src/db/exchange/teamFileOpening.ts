/**
 * Opening team files to merge: a file's text is read (`openTeamFile`); a passphrase-protected
 * one waits for its passphrase (`unlockTeamFile`: a wrong one changes nothing and says so). A
 * whole inspection file is recognised, to be imported as such rather than merged
 * (inspectionImport.ts). Merging itself is mergeWork.ts.
 */
import {
  decryptFileText,
  type EncryptedFile,
  INSPECTION_FILE_MAX_BYTES,
  type IncomingFile,
  isEncryptedFileValue,
  parseJsonText,
  readEncryptedFileValue,
  readTeamFileValue,
  type ValidationError,
} from '../../core';
import { webSha256 } from './inspectionExport';

export type OpenedTeamFile =
  | {
      readonly status: 'invalid';
      readonly name: string;
      readonly errors: readonly ValidationError[];
    }
  /** Protected with a passphrase: `unlockTeamFile` opens it. */
  | {
      readonly status: 'locked';
      readonly name: string;
      readonly encrypted: EncryptedFile;
      /** Set after a wrong passphrase. */
      readonly error?: string;
    }
  /** A whole inspection: imported as such, not merged. */
  | { readonly status: 'inspection'; readonly name: string; readonly text: string }
  | { readonly status: 'ready'; readonly name: string; readonly incoming: IncomingFile };

const TEAM_LIMITS = { maxBytes: INSPECTION_FILE_MAX_BYTES, maxDepth: 64 };

async function openValue(name: string, text: string, value: unknown): Promise<OpenedTeamFile> {
  if (isEncryptedFileValue(value)) {
    const read = readEncryptedFileValue(value);
    if (read.status !== 'ok') return { status: 'invalid', name, errors: read.errors };
    return { status: 'locked', name, encrypted: read.value };
  }
  const read = await readTeamFileValue(value, webSha256);
  if (read.status !== 'ok') return { status: 'invalid', name, errors: read.errors };
  if (read.value.kind === 'inspection') return { status: 'inspection', name, text };
  return {
    status: 'ready',
    name,
    incoming: { id: read.value.file.checksum, name, file: read.value.file },
  };
}

/** Reads a file's text: a team file ready to merge, one waiting for its passphrase, or why not. */
export async function openTeamFile(name: string, text: string): Promise<OpenedTeamFile> {
  const json = parseJsonText(text, TEAM_LIMITS, 'Case Audit file');
  if (json.status !== 'ok') return { status: 'invalid', name, errors: json.errors };
  return openValue(name, text, json.value);
}

/** Opens a protected file with a passphrase. A wrong one leaves it locked, saying so. */
export async function unlockTeamFile(
  name: string,
  encrypted: EncryptedFile,
  passphrase: string,
): Promise<OpenedTeamFile> {
  const opened = await decryptFileText(encrypted, passphrase, crypto);
  if (opened.status !== 'ok') {
    return {
      status: 'locked',
      name,
      encrypted,
      error: opened.errors[0]?.message ?? 'The passphrase is not right for this file.',
    };
  }
  const json = parseJsonText(opened.value, TEAM_LIMITS, 'Case Audit file');
  if (json.status !== 'ok') return { status: 'invalid', name, errors: json.errors };
  if (isEncryptedFileValue(json.value)) {
    return {
      status: 'invalid',
      name,
      errors: [{ path: '(the whole file)', message: 'holds another protected file inside' }],
    };
  }
  return openValue(name, opened.value, json.value);
}
