import { readFile } from 'node:fs/promises';

/** What a command may do to the outside world; tests pass their own. */
export type CliIo = {
  out(line: string): void;
  err(line: string): void;
  readText(path: string): Promise<string>;
};

export const nodeIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readText: (path) => readFile(path, 'utf8'),
};
