import { readFile, writeFile } from 'node:fs/promises';

/** What a command may do to the outside world; tests pass their own. */
export type CliIo = {
  out(line: string): void;
  err(line: string): void;
  readText(path: string): Promise<string>;
  /** For workbooks; where a caller leaves these out, the file system is used. */
  readBytes?(path: string): Promise<Uint8Array>;
  writeFile?(path: string, data: string | Uint8Array): Promise<void>;
};

export const nodeIo: Required<CliIo> = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readText: (path) => readFile(path, 'utf8'),
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, data) => writeFile(path, data),
};
