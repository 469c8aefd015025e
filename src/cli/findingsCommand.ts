import { createHash } from 'node:crypto';
import {
  breakdownChoicesOf,
  computeFindings,
  type Framework,
  findingsCasesOf,
  findingsOptionsFor,
  findingsTableCsv,
  type Inspection,
  loadFramework,
  plural,
  readCasesCsv,
  readInspectionFile,
  toFindingsJson,
} from '../core';
import type { CliIo } from './cliIo';
import { findingsText } from './findingsText';

const USAGE = [
  'Usage: case-audit findings (--framework <file.json> | --inspection <inspection.json>) --cases <cases.csv>',
  '                           [--by area|stratum|inspector|<profile field id>] [--format json|csv|text] [--all-cases]',
  '  --inspection: an inspection file exported by the app; its framework, areas, strata and team are used.',
  '  --all-cases: count every case; by default only complete (and moderated) cases are counted, as in the app.',
].join('\n');

type Format = 'json' | 'csv' | 'text';

type Options = {
  framework: string | null;
  inspection: string | null;
  cases: string;
  by: string | null;
  format: Format;
  /** Count every case, not only those marked complete (the app's default, and this one's). */
  allCases: boolean;
};

/** Reads `--name value` and `--name=value`; null with a message on wrong usage. */
function parseArgs(args: string[]): { options: Options } | { problem: string } {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    // --complete-only is the default; still accepted, so scripts written for it keep working.
    if (arg === '--all-cases' || arg === '--complete-only') {
      flags.add(arg);
      continue;
    }
    const match = /^--(framework|inspection|cases|by|format)(?:=(.*))?$/.exec(arg);
    if (!match) return { problem: `unknown argument "${arg}"` };
    const value = match[2] ?? args[++i];
    if (value === undefined || value === '') return { problem: `--${match[1]} needs a value` };
    values[match[1]!] = value;
  }
  if (!values.framework && !values.inspection) {
    return { problem: '--framework or --inspection is required' };
  }
  if (!values.cases) return { problem: '--cases is required' };
  if (flags.size > 1) {
    return { problem: '--all-cases and --complete-only ask for different cases: give one' };
  }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv' && format !== 'text') {
    return { problem: `--format must be json, csv or text, not "${format}"` };
  }
  return {
    options: {
      framework: values.framework ?? null,
      inspection: values.inspection ?? null,
      cases: values.cases,
      by: values.by ?? null,
      format,
      allCases: flags.has('--all-cases'),
    },
  };
}

async function read(io: CliIo, file: string): Promise<string | null> {
  try {
    return await io.readText(file);
  } catch (error) {
    io.err(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

function sha256(text: string): Promise<string> {
  return Promise.resolve(createHash('sha256').update(text, 'utf8').digest('hex'));
}

/** The framework (from --framework, or the inspection file's pinned one) and the inspection. */
async function frameworkAndInspection(
  io: CliIo,
  options: Options,
): Promise<{ framework: Framework; inspection: Inspection | null } | null> {
  let inspectionFramework: Framework | null = null;
  let inspection: Inspection | null = null;
  if (options.inspection !== null) {
    const text = await read(io, options.inspection);
    if (text === null) return null;
    const file = await readInspectionFile(text, sha256);
    if (file.status === 'invalid') {
      io.err(
        `${options.inspection}: not a usable inspection file — ${plural(file.errors.length, 'problem')}:`,
      );
      for (const e of file.errors) io.err(`  ${e.path}: ${e.message}`);
      return null;
    }
    inspection = file.value.inspection;
    inspectionFramework = file.value.framework;
  }
  if (options.framework === null) return { framework: inspectionFramework!, inspection };
  const frameworkText = await read(io, options.framework);
  if (frameworkText === null) return null;
  const loaded = loadFramework(frameworkText);
  if (loaded.status === 'invalid') {
    io.err(`${options.framework}: invalid framework — ${plural(loaded.errors.length, 'problem')}:`);
    for (const e of loaded.errors) io.err(`  ${e.path}: ${e.message}`);
    return null;
  }
  const framework = loaded.value;
  if (
    inspection &&
    (framework.id !== inspection.framework.id || framework.version !== inspection.framework.version)
  ) {
    io.err(
      `${options.framework}: is ${framework.id}@${framework.version}, but the inspection uses ${inspection.framework.id}@${inspection.framework.version}`,
    );
    return null;
  }
  return { framework, inspection };
}

/**
 * `case-audit findings`: the findings of a cases spreadsheet against a framework, as JSON
 * (default), the CSV findings table, or readable text; of complete cases unless --all-cases,
 * as in the app. Exit 0 on success, 1 on bad input, 2 on wrong usage.
 */
export async function runFindings(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if ('problem' in parsed) {
    io.err(`case-audit findings: ${parsed.problem}`);
    io.err(USAGE);
    return 2;
  }
  const { options } = parsed;
  const source = await frameworkAndInspection(io, options);
  if (source === null) return 1;
  const { framework, inspection } = source;
  if (options.by !== null && !breakdownChoicesOf(framework).some((c) => c.by === options.by)) {
    io.err(
      `case-audit findings: cannot break down by "${options.by}": use area, stratum, inspector or a profile field of ${framework.id} (${framework.profile.map((p) => p.id).join(', ') || 'it has none'})`,
    );
    return 1;
  }
  const casesText = await read(io, options.cases);
  if (casesText === null) return 1;
  // Without the inspection, areas and strata the framework does not suggest are taken as ids.
  const cases = readCasesCsv(casesText, framework, {
    inspectionId: inspection?.id ?? 'cli',
    importedAt: new Date().toISOString(),
    ...(inspection
      ? { areas: inspection.areas, strata: inspection.strata, team: inspection.team }
      : {}),
  });
  if (cases.status === 'invalid') {
    io.err(`${options.cases}: cannot be read — ${plural(cases.errors.length, 'problem')}:`);
    for (const e of cases.errors) io.err(`  ${e.path}: ${e.message}`);
    return 1;
  }
  const result = computeFindings(
    framework,
    findingsCasesOf(cases.value),
    findingsOptionsFor(inspection, { completeOnly: !options.allCases, breakdownBy: options.by }),
  );
  if (options.format === 'json') io.out(JSON.stringify(toFindingsJson(result), null, 2));
  else if (options.format === 'csv') io.out(findingsTableCsv(result).replace(/\r\n$/, ''));
  else for (const line of findingsText(result, framework)) io.out(line);
  return 0;
}
