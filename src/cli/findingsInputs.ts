/**
 * What `case-audit findings` counts, read from its files: the framework (from --framework, or
 * pinned in the inspection files), and the cases of one inspection or of several analysed as
 * one. Each --cases file with each --inspection file, in the order given; --inspection files
 * without --cases count the cases they hold, as the app would; --cases files without an
 * inspection are each an inspection named by its file name.
 */
import { createHash } from 'node:crypto';
import {
  type CaseWithAnswers,
  combinedGroupNames,
  combineInspectionCases,
  combineProblem,
  type FindingsCase,
  type Framework,
  findingsCasesOf,
  type GroupNames,
  heldForSecondReader,
  type Inspection,
  type InspectionFileContents,
  type InspectionToCombine,
  joinCasesAndAnswers,
  loadFramework,
  plural,
  readCasesCsv,
  readInspectionFile,
} from '../core';
import { type CliIo, readTextOrSay } from './cliIo';

/** The files named on the command line. */
export type FindingsFiles = {
  readonly framework: string | null;
  readonly inspections: readonly string[];
  readonly cases: readonly string[];
};

export type FindingsInputs = {
  readonly framework: Framework;
  readonly cases: readonly FindingsCase[];
  /** The one inspection read (its names and changed ratings apply), or null. */
  readonly inspection: Inspection | null;
  /** Set when the cases of several inspections are counted together: their groups' names. */
  readonly combined: GroupNames | null;
};

/** Wrong usage of the files (exit 2), rather than a file that cannot be used (exit 1). */
export function filesProblem(files: FindingsFiles): string | null {
  const { framework, inspections, cases } = files;
  if (framework === null && inspections.length === 0) {
    return '--framework or --inspection is required';
  }
  if (inspections.length === 0 && cases.length === 0) return '--cases is required';
  if (inspections.length > 0 && cases.length > 0 && cases.length !== inspections.length) {
    return `give one --cases file for each --inspection file, in the same order (got ${plural(inspections.length, 'inspection')} and ${plural(cases.length, 'cases file')}), or none to count the cases the inspection files hold`;
  }
  return null;
}

function sha256(text: string): Promise<string> {
  return Promise.resolve(createHash('sha256').update(text, 'utf8').digest('hex'));
}

async function readFrameworkFile(io: CliIo, file: string): Promise<Framework | null> {
  const text = await readTextOrSay(io, file);
  if (text === null) return null;
  const loaded = loadFramework(text);
  if (loaded.status === 'invalid') {
    io.err(`${file}: invalid framework — ${plural(loaded.errors.length, 'problem')}:`);
    for (const e of loaded.errors) io.err(`  ${e.path}: ${e.message}`);
    return null;
  }
  return loaded.value;
}

/** An inspection file's contents; null after saying on stderr what is wrong with it, and where. */
export async function readInspection(
  io: CliIo,
  file: string,
): Promise<InspectionFileContents | null> {
  const text = await readTextOrSay(io, file);
  if (text === null) return null;
  const read_ = await readInspectionFile(text, sha256);
  if (read_.status === 'invalid') {
    io.err(`${file}: not a usable inspection file — ${plural(read_.errors.length, 'problem')}:`);
    for (const e of read_.errors) io.err(`  ${e.path}: ${e.message}`);
    return null;
  }
  return read_.value;
}

/**
 * An inspection file's own cases with their answers, those the findings leave out left out (as
 * the app's findings and report do).
 */
export function countedCasesInFile(contents: InspectionFileContents): readonly CaseWithAnswers[] {
  const held = new Set(
    contents.moderation.filter(heldForSecondReader).map((record) => record.caseId),
  );
  const answers = contents.cases.flatMap((kase) =>
    Object.entries(kase.answers).map(([itemId, answer]) => ({
      ...answer,
      caseId: kase.id,
      itemId,
    })),
  );
  return joinCasesAndAnswers(contents.cases, answers, held).cases;
}

/** An inspection file's own cases, left out and ordered as the app's findings do. */
function casesInFile(contents: InspectionFileContents): FindingsCase[] {
  return findingsCasesOf(countedCasesInFile(contents));
}

/** One inspection to count: from an inspection file, a cases file, or both. */
type Unit = {
  readonly about: InspectionToCombine;
  readonly inspection: Inspection | null;
  readonly contents: InspectionFileContents | null;
  readonly casesFile: string | null;
};

/** "reviews/cardiff.csv" → "cardiff" */
function fileName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.[^.]+$/, '') || base;
}

async function readCases(io: CliIo, framework: Framework, unit: Unit) {
  if (unit.casesFile === null) return casesInFile(unit.contents!);
  const text = await readTextOrSay(io, unit.casesFile);
  if (text === null) return null;
  const { inspection } = unit;
  // Without the inspection, areas and strata the framework does not suggest are taken as ids.
  const cases = readCasesCsv(text, framework, {
    inspectionId: unit.about.id,
    importedAt: new Date().toISOString(),
    ...(inspection
      ? { areas: inspection.areas, strata: inspection.strata, team: inspection.team }
      : {}),
  });
  if (cases.status === 'invalid') {
    io.err(`${unit.casesFile}: cannot be read — ${plural(cases.errors.length, 'problem')}:`);
    for (const e of cases.errors) io.err(`  ${e.path}: ${e.message}`);
    return null;
  }
  return findingsCasesOf(cases.value);
}

/** The inspections named, each with the file of its cases; null after saying what is wrong. */
async function unitsOf(
  io: CliIo,
  files: FindingsFiles,
  framework: Framework | null,
): Promise<Unit[] | null> {
  if (files.inspections.length === 0) {
    const version = { id: framework!.id, version: framework!.version };
    return files.cases.map((file) => ({
      about: { id: file, name: fileName(file), framework: version },
      inspection: null,
      contents: null,
      casesFile: file,
    }));
  }
  const units: Unit[] = [];
  for (const [i, file] of files.inspections.entries()) {
    const contents = await readInspection(io, file);
    if (contents === null) return null;
    const { inspection } = contents;
    const pinned = inspection.framework;
    if (framework && (framework.id !== pinned.id || framework.version !== pinned.version)) {
      io.err(
        `${files.framework}: is ${framework.id}@${framework.version}, but the inspection ${file} uses ${pinned.id}@${pinned.version}`,
      );
      return null;
    }
    units.push({
      about: { ...inspection, name: inspection.title },
      inspection,
      contents,
      casesFile: files.cases[i] ?? null,
    });
  }
  return units;
}

/** Reads every file named; null after saying on stderr what could not be used. */
export async function loadFindingsInputs(
  io: CliIo,
  files: FindingsFiles,
  combine: boolean,
): Promise<FindingsInputs | null> {
  const given = files.framework === null ? null : await readFrameworkFile(io, files.framework);
  if (files.framework !== null && given === null) return null;
  const units = await unitsOf(io, files, given);
  if (units === null) return null;
  const problem = combineProblem(units.map((unit) => unit.about));
  if (problem !== null) {
    io.err(`case-audit findings: ${problem}`);
    return null;
  }
  const framework = given ?? units[0]!.contents!.framework;
  const list: { inspection: InspectionToCombine; cases: FindingsCase[] }[] = [];
  for (const unit of units) {
    const cases = await readCases(io, framework, unit);
    if (cases === null) return null;
    list.push({ inspection: unit.about, cases });
  }
  if (!combine && list.length === 1) {
    return { framework, cases: list[0]!.cases, inspection: units[0]!.inspection, combined: null };
  }
  return {
    framework,
    cases: combineInspectionCases(list),
    inspection: null,
    combined: combinedGroupNames(list.map((entry) => entry.inspection)),
  };
}
