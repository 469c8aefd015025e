import {
  type Framework,
  loadFramework,
  plural,
  readFrameworkWorkbook,
  summariseFramework,
  type ValidationResult,
} from '../core';
import { type CliIo, nodeIo } from './cliIo';
import { openWorkbook, workbookBytes } from './spreadsheetLibrary';

const USAGE = 'Usage: case-audit convert <in.json|in.xlsx> <out.json|out.xlsx>';

type Format = 'json' | 'xlsx';

function formatOf(file: string): Format | null {
  const extension = /\.(json|xlsx)$/i.exec(file)?.[1]?.toLowerCase();
  return extension === 'json' || extension === 'xlsx' ? extension : null;
}

async function read(file: string, format: Format, io: CliIo): Promise<ValidationResult<Framework>> {
  if (format === 'json') return loadFramework(await io.readText(file));
  return readFrameworkWorkbook(await (io.readBytes ?? nodeIo.readBytes)(file), openWorkbook);
}

/**
 * `case-audit convert <in> <out>`: a framework from JSON to a workbook or back, by the files'
 * extensions. The input gets the checks of `validate` (and the app's import); nothing is
 * written unless it passes. Exit 0 when written, 1 when the input is invalid or a file cannot
 * be read or written, 2 on wrong usage.
 */
export async function runConvert(args: string[], io: CliIo): Promise<number> {
  const files = args.filter((a) => !a.startsWith('-'));
  const [input, output] = files;
  if (files.length !== 2 || input === undefined || output === undefined) {
    io.err(USAGE);
    return 2;
  }
  const from = formatOf(input);
  const to = formatOf(output);
  if (!from || !to) {
    io.err(`case-audit convert: ${from ? output : input} must end in .json or .xlsx`);
    io.err(USAGE);
    return 2;
  }
  let result: ValidationResult<Framework>;
  try {
    result = await read(input, from, io);
  } catch (error) {
    io.err(`${input}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    return 1;
  }
  if (result.status !== 'ok') {
    io.err(`${input}: invalid — ${plural(result.errors.length, 'problem')}:`);
    for (const error of result.errors) io.err(`  ${error.path}: ${error.message}`);
    return 1;
  }
  const framework = result.value;
  try {
    await (io.writeFile ?? nodeIo.writeFile)(
      output,
      to === 'json' ? `${JSON.stringify(framework, null, 2)}\n` : await workbookBytes(framework),
    );
  } catch (error) {
    io.err(
      `${output}: cannot be written (${error instanceof Error ? error.message : String(error)})`,
    );
    return 1;
  }
  const s = summariseFramework(framework);
  io.out(
    `${output}: written — ${framework.id}@${framework.version}: ${plural(s.questions, 'question')}, ${plural(s.profileFields, 'profile field')}, ${plural(s.standards, 'standard')} in ${plural(s.sections, 'section')}`,
  );
  return 0;
}
