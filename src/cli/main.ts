/**
 * `case-audit <command> ...`: command-line entry points over src/core. Each command is a module
 * exporting `run(args, io)` that returns an exit code; nothing here calls process.exit, so the
 * commands can be tested in-process.
 */
import { type CliIo, nodeIo } from './cliIo';
import { runCodebook } from './codebookCommand';
import { runConvert } from './convertCommand';
import { runCrosstab } from './crosstabCommand';
import { runDiff } from './diffCommand';
import { runFindings } from './findingsCommand';
import { runReport } from './reportCommand';
import { runValidate } from './validateCommand';

type Command = { summary: string; run: (args: string[], io: CliIo) => Promise<number> };

const COMMANDS: Record<string, Command> = {
  validate: { summary: 'validate <file.json>...   check framework files', run: runValidate },
  convert: {
    summary: 'convert <in> <out>   a framework from JSON to a workbook (.xlsx) or back, checked',
    run: runConvert,
  },
  findings: {
    summary:
      'findings --framework <file.json> --cases <cases.csv>... [--by area|stratum|inspector|inspection|<profile field>] [--format json|csv|text] [--all-cases] [--benchmarks <file.json>|published] [--lang en|cy]   (--cases or --inspection given several times: inspections counted as one; --benchmarks: each question beside its published figure, from a file or those shipped with the framework; --lang cy: sentences and headings in Welsh)',
    run: runFindings,
  },
  crosstab: {
    summary:
      'crosstab --framework <file.json> --cases <cases.csv> --rows <id> --cols <id> [--format json|csv|text] [--all-cases]   two variables against each other, with a test of independence',
    run: runCrosstab,
  },
  codebook: {
    summary:
      'codebook --framework <file.json> [--format csv|json|sps|r] [--cases-file <name.csv>]   the codebook of the cases spreadsheet, or SPSS or R syntax that reads it',
    run: runCodebook,
  },
  report: {
    summary:
      'report --inspection <file.json> --format pdf|html|docx --out <file> [--all-cases] [--date yyyy-mm-dd] [--release] [--lang en|cy|cy-en]   the report of an inspection file, or with --release its news release (pdf or docx); --lang: English, Welsh, or both with the Welsh first (default: the report’s own choice)',
    run: runReport,
  },
  diff: {
    summary:
      'diff <a.json> <b.json> [--format text|json]   what changed between two framework versions',
    run: runDiff,
  },
};

function usage(io: CliIo): void {
  io.out('Usage: case-audit <command> [options]\n\nCommands:');
  for (const command of Object.values(COMMANDS)) io.out(`  ${command.summary}`);
}

export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    usage(io);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`case-audit: unknown command "${name}"`);
    usage(io);
    return 2;
  }
  return command.run(rest, io);
}
