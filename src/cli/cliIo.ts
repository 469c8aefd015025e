import { readFile, rename, rm, writeFile } from 'node:fs/promises';

/** What a command may do to the outside world; tests pass their own. */
export type CliIo = {
  out(line: string): void;
  err(line: string): void;
  readText(path: string): Promise<string>;
  /** For workbooks; where a caller leaves these out, the file system is used. */
  readBytes?(path: string): Promise<Uint8Array>;
  writeFile?(path: string, data: string | Uint8Array): Promise<void>;
};

/**
 * Writes beside the file, then puts it in place: a write that fails part-way (a full disk)
 * leaves no half-written file under the name asked for, nor spoils one already there.
 */
async function writeWhole(path: string, data: string | Uint8Array): Promise<void> {
  const part = `${path}.${process.pid}.part`;
  try {
    await writeFile(part, data);
    await rename(part, path);
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
}

export const nodeIo: Required<CliIo> = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readText: (path) => readFile(path, 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  writeFile: writeWhole,
};

/** The file's text, or null after saying on stderr that it cannot be read, and why. */
export async function readTextOrSay(io: CliIo, file: string): Promise<string | null> {
  try {
    return await io.readText(file);
  } catch (error) {
    io.err(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}
