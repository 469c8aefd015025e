import {
  buildCodebook,
  CODEBOOK_FILE_FORMATS,
  type CodebookFileFormat,
  codebookFileText,
  loadFramework,
  plural,
} from '../core';
import { readOptions } from './cliArgs';
import { type CliIo, readTextOrSay } from './cliIo';

const USAGE = [
  'Usage: case-audit codebook --framework <file.json> [--format csv|json|sps|r] [--cases-file <name.csv>]',
  '  The codebook of the cases spreadsheet (csv, the default, or json), or the SPSS (sps) or R (r)',
  '  syntax that reads it. --cases-file: the spreadsheet the syntax reads (default cases.csv).',
].join('\n');

type Options = { framework: string; format: CodebookFileFormat; casesFile: string | null };

function isFormat(value: string): value is CodebookFileFormat {
  return (CODEBOOK_FILE_FORMATS as readonly string[]).includes(value);
}

/** Reads `--name value` and `--name=value`; a message on wrong usage. */
function parseArgs(args: string[]): { options: Options } | { problem: string } {
  const read = readOptions(args, { values: ['framework', 'format', 'cases-file'] });
  if ('problem' in read) return read;
  const { values } = read;
  if (!values.framework) return { problem: '--framework is required' };
  const format = values.format ?? 'csv';
  if (!isFormat(format)) {
    return { problem: `--format must be csv, json, sps or r, not "${format}"` };
  }
  return {
    options: { framework: values.framework, format, casesFile: values['cases-file'] ?? null },
  };
}

/**
 * `case-audit codebook`: the codebook of a framework's cases spreadsheet, or the SPSS or R
 * syntax that reads it, printed. The same files as the app's Exports screen, with the
 * framework's suggested areas and strata. Exit 0 on success, 1 on bad input, 2 on wrong usage.
 */
export async function runCodebook(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if ('problem' in parsed) {
    io.err(`case-audit codebook: ${parsed.problem}`);
    io.err(USAGE);
    return 2;
  }
  const { options } = parsed;
  const text = await readTextOrSay(io, options.framework);
  if (text === null) return 1;
  const loaded = loadFramework(text);
  if (loaded.status === 'invalid') {
    io.err(`${options.framework}: invalid framework — ${plural(loaded.errors.length, 'problem')}:`);
    for (const e of loaded.errors) io.err(`  ${e.path}: ${e.message}`);
    return 1;
  }
  const codebook = buildCodebook(loaded.value, {
    ...(options.casesFile === null ? {} : { casesFile: options.casesFile }),
  });
  io.out(codebookFileText(codebook, options.format).replace(/\r?\n$/, ''));
  return 0;
}
