import { createHash } from 'node:crypto';
import {
  breakdownChoicesOf,
  computeFindings,
  type FindingsResult,
  type Framework,
  findingsTableCsv,
  type Inspection,
  type ItemFinding,
  loadFramework,
  readCasesCsv,
  readInspectionFile,
  roundHalfUp,
  type StandardRating,
  toFindingsJson,
} from '../core';
import type { CliIo } from './cliIo';

const USAGE = [
  'Usage: case-audit findings (--framework <file.json> | --inspection <inspection.json>) --cases <cases.csv>',
  '                           [--by area|stratum|inspector|<profile field id>] [--format json|csv|text] [--complete-only]',
  '  --inspection: an inspection file exported by the app; its framework, areas, strata and team are used.',
].join('\n');

type Format = 'json' | 'csv' | 'text';

type Options = {
  framework: string | null;
  inspection: string | null;
  cases: string;
  by: string | null;
  format: Format;
  completeOnly: boolean;
};

/** Reads `--name value` and `--name=value`; null with a message on wrong usage. */
function parseArgs(args: string[]): { options: Options } | { problem: string } {
  const values: Record<string, string> = {};
  let completeOnly = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--complete-only') {
      completeOnly = true;
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
      completeOnly,
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

function figure(positive: number, base: number, percent: number | null): string {
  return percent === null ? `–% (${positive}/${base})` : `${percent}% (${positive}/${base})`;
}

function exclusions(f: ItemFinding): string {
  const parts = [
    `N/A ${f.notApplicable}`,
    `not known ${f.notKnown}`,
    `unanswered ${f.unanswered}`,
    `hidden ${f.hidden}`,
  ];
  if (f.invalid > 0) parts.push(`invalid ${f.invalid}`);
  return parts.join(' · ');
}

function describeFinding(f: ItemFinding, indent: string): string[] {
  switch (f.type) {
    case 'proportion': {
      if (!f.scored) {
        const shares = f.options.map(
          (o) =>
            `${o.label} ${o.count}${o.percentRounded === null ? '' : ` (${o.percentRounded}%)`}`,
        );
        return [`${indent}${f.itemId}  ${f.base} cases: ${shares.join(', ')}  ${exclusions(f)}`];
      }
      const ci = f.interval
        ? `  CI ${roundHalfUp(f.interval.low, 1)}–${roundHalfUp(f.interval.high, 1)}%`
        : '';
      const flags = [f.key ? 'key' : '', f.smallBase && f.base > 0 ? 'small base' : '']
        .filter(Boolean)
        .join(', ');
      return [
        `${indent}${f.itemId}  ${figure(f.positive, f.base, f.percentRounded)}${ci}${flags ? `  [${flags}]` : ''}  ${exclusions(f)}`,
        ...(f.sentence ? [`${indent}    ${f.sentence}`] : []),
      ];
    }
    case 'multichoice':
      return [
        `${indent}${f.itemId}  ${f.base} cases answering: ${f.options.map((o) => `${o.value} ${o.count}`).join(', ')}  ${exclusions(f)}`,
        `${indent}    ${f.note}`,
      ];
    case 'number': {
      const s = f.summary;
      const summary = s
        ? `n ${s.n}, mean ${roundHalfUp(s.mean, 2)}, median ${s.median}, min ${s.min}, max ${s.max}`
        : 'no numbers';
      const above = f.thresholds.map((t) => `; ${t.label}: ${t.count}`).join('');
      return [`${indent}${f.itemId}  ${summary}${above}  ${exclusions(f)}`];
    }
    default:
      return [`${indent}${f.itemId}  ${f.answered} answered  ${exclusions(f)}`];
  }
}

function describeStandard(s: StandardRating): string {
  if (s.rating === null) return s.note;
  const points = s.points === null ? '' : ` (${s.points} point${s.points === 1 ? '' : 's'})`;
  return `${s.rating}${points}${s.override ? ' — overridden' : ''}. ${s.note}`;
}

function asText(result: FindingsResult, framework: Framework): string[] {
  const lines: string[] = [];
  const basis =
    result.basis === 'complete-cases'
      ? `complete cases only; ${result.cases.excluded} not complete left out`
      : 'all cases';
  lines.push(
    `Findings for ${framework.id}@${framework.version}: ${result.cases.counted} cases (${basis})`,
  );
  lines.push(`Intervals: ${roundHalfUp(result.confidence * 100, 1)}% Wilson score.`);
  const byStandard = new Map<string, ItemFinding[]>();
  for (const f of result.questions) {
    const list = byStandard.get(f.standardId ?? '') ?? [];
    list.push(f);
    byStandard.set(f.standardId ?? '', list);
  }
  const ratings = new Map(result.standards.map((s) => [s.standardId, s]));
  if (result.profile.length > 0) {
    lines.push('', 'Profile of the sample');
    for (const f of result.profile) lines.push(...describeFinding(f, '  '));
  }
  for (const section of framework.sections) {
    lines.push('', `${section.id} ${section.title}`);
    for (const standard of section.standards) {
      const rating = ratings.get(standard.id);
      lines.push(`  ${standard.id} ${standard.title}: ${rating ? describeStandard(rating) : ''}`);
      for (const f of byStandard.get(standard.id) ?? []) lines.push(...describeFinding(f, '    '));
    }
  }
  if (result.overall) {
    lines.push('', `Overall: ${result.overall.rating ?? 'not rated'}. ${result.overall.note}`);
  }
  if (result.breakdown) {
    lines.push('', `Breakdown by ${result.breakdown.by}`);
    if (result.breakdown.note) lines.push(`  ${result.breakdown.note}`);
    for (const group of result.breakdown.groups) {
      lines.push(`  ${group.label} (${group.cases} cases)`);
      for (const f of group.questions) lines.push(...describeFinding(f, '    '));
    }
  }
  const c = result.completeness;
  lines.push(
    '',
    `Completeness: ${c.fullyAnswered} of ${c.cases} cases fully answered; ${c.markedComplete} marked complete; ${c.answered} of ${c.applicable} required answers given.`,
  );
  for (const w of result.warnings) lines.push(`Warning: ${w}`);
  return lines;
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
        `${options.inspection}: not a usable inspection file — ${file.errors.length} problem(s):`,
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
    io.err(`${options.framework}: invalid framework — ${loaded.errors.length} problem(s):`);
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
 * (default), the CSV findings table, or readable text. Exit 0 on success, 1 on bad input,
 * 2 on wrong usage.
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
    io.err(`${options.cases}: cannot be read — ${cases.errors.length} problem(s):`);
    for (const e of cases.errors) io.err(`  ${e.path}: ${e.message}`);
    return 1;
  }
  const result = computeFindings(framework, cases.value, {
    completeOnly: options.completeOnly,
    breakdownBy: options.by,
    ...(inspection
      ? {
          names: {
            areas: inspection.areas,
            strata: inspection.strata,
            inspectors: inspection.team,
          },
          ratingOverrides: inspection.ratingOverrides,
        }
      : {}),
  });
  if (options.format === 'json') io.out(JSON.stringify(toFindingsJson(result), null, 2));
  else if (options.format === 'csv') io.out(findingsTableCsv(result).replace(/\r\n$/, ''));
  else for (const line of asText(result, framework)) io.out(line);
  return 0;
}
