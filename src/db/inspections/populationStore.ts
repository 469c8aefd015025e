/**
 * The population an inspection's sample is drawn from, and the cases a drawn sample creates.
 *
 * What is stored where
 * - `populationChunks`            the imported list, CHUNK entries per record in the file's order,
 *                                 each entry with its reference, area, stratum, profile answers
 *                                 and row in the file. The list is only ever written and read
 *                                 whole; one record per case made 50,000 cases take seconds
 * - `meta` `population:<id>`      a small summary of that list (file name, when stored, size,
 *                                 cases per area × stratum), so screens never read 50,000 entries
 *                                 to show a count
 * - `inspections[id].sampling`    the sampling record, written with the cases the sample creates
 *
 * A new list replaces the old one in one transaction: a reader sees the old list or the new,
 * never a mixture.
 */
import {
  drawnOutsideErrors,
  drawSample,
  type Inspection,
  newCasesFrom,
  type PopulationCell,
  type PopulationEntry,
  populationCells,
  type SampleDraw,
  type SampleQuotas,
  type SamplingRecord,
  type ValidationResult,
} from '../../core';
import { answerTables } from '../cases/answerStore';
import { database } from '../connection';
import type { PopulationChunkRecord } from '../database';
import {
  type Clock,
  type Failed,
  type InspectionChange,
  type Missing,
  NO_INSPECTION,
  systemClock,
  writeTransaction,
} from '../writeOutcome';
import { type Writer, writeNewCases } from './caseListStore';

export type PopulationSummary = {
  readonly inspectionId: string;
  readonly fileName: string;
  readonly storedAt: string;
  readonly size: number;
  /** Cases per area and stratum (stratum null: no stratum given). */
  readonly cells: readonly PopulationCell[];
};

export const populationSummaryKey = (inspectionId: string) => `population:${inspectionId}`;
/** Entries per stored record. */
const CHUNK = 2_500;

function summarise(
  inspectionId: string,
  entries: readonly PopulationEntry[],
  fileName: string,
  storedAt: string,
): PopulationSummary {
  return {
    inspectionId,
    fileName,
    storedAt,
    size: entries.length,
    cells: populationCells(entries),
  };
}

/**
 * An entry as stored: only its own fields, and a reference that can be a key (a malformed
 * entry is a bug upstream, and throwing here rolls the whole list back).
 */
function checkedEntry(entry: PopulationEntry): PopulationEntry {
  if (typeof entry.ref !== 'string' || entry.ref === '') {
    throw new TypeError(`a population entry has no reference (row ${entry.row})`);
  }
  return {
    ref: entry.ref,
    areaId: entry.areaId,
    stratumId: entry.stratumId,
    profile: { ...entry.profile },
    row: entry.row,
  };
}

export type PopulationWriteOutcome =
  | { readonly status: 'saved'; readonly summary: PopulationSummary }
  | Missing
  | Failed;

/**
 * Stores a checked case list as the inspection's population, replacing any list stored before,
 * in one transaction. `onProgress` hears the number of entries written after each chunk.
 */
export async function replacePopulation(
  inspectionId: string,
  entries: readonly PopulationEntry[],
  options: { fileName: string; now?: Clock; onProgress?: (written: number) => void },
): Promise<PopulationWriteOutcome> {
  const storedAt = (options.now ?? systemClock)().toISOString();
  const summary = summarise(inspectionId, entries, options.fileName, storedAt);
  return writeTransaction(
    (db) => [db.inspections, db.populationChunks, db.meta],
    async (db): Promise<PopulationWriteOutcome> => {
      const inspection = await db.inspections.get(inspectionId);
      if (!inspection) return NO_INSPECTION;
      await db.populationChunks.where('inspectionId').equals(inspectionId).delete();
      for (let i = 0; i < entries.length; i += CHUNK) {
        const chunk: PopulationChunkRecord = {
          inspectionId,
          chunk: i / CHUNK,
          entries: entries.slice(i, i + CHUNK).map(checkedEntry),
        };
        await db.populationChunks.add(chunk);
        options.onProgress?.(Math.min(entries.length, i + CHUNK));
      }
      await db.meta.put({ key: populationSummaryKey(inspectionId), value: summary });
      await db.inspections.put({ ...inspection, updatedAt: storedAt });
      return { status: 'saved', summary };
    },
  );
}

/** The stored list's summary, or null when the inspection has no population list. */
export async function populationSummary(inspectionId: string): Promise<PopulationSummary | null> {
  const stored = await database().meta.get(populationSummaryKey(inspectionId));
  return (stored?.value as PopulationSummary | undefined) ?? null;
}

/** Every entry of the stored list, in the order of the file. */
export async function loadPopulation(inspectionId: string): Promise<PopulationEntry[]> {
  const chunks = await database()
    .populationChunks.where('inspectionId')
    .equals(inspectionId)
    .toArray();
  return chunks.sort((a, b) => a.chunk - b.chunk).flatMap((c) => c.entries);
}

/** What a sample asks for; the population and the inspection's areas and strata come from storage. */
export type DrawRequest = {
  readonly inspectionId: string;
  readonly quotas: SampleQuotas;
  readonly reservePerCell: number;
  readonly seed: string;
};

export type PopulationDraw = ValidationResult<SampleDraw<PopulationEntry>>;

/** Draws a sample from the stored population (core's drawSample: the same seed, the same sample). */
export async function drawFromPopulation(request: DrawRequest): Promise<PopulationDraw | null> {
  const inspection = await database().inspections.get(request.inspectionId);
  if (!inspection) return null;
  const population = await loadPopulation(request.inspectionId);
  return drawSample({
    population,
    areas: inspection.areas,
    strata: inspection.strata,
    quotas: request.quotas,
    reservePerCell: request.reservePerCell,
    seed: request.seed,
  });
}

export type SampleCasesOutcome = InspectionChange<{
  readonly status: 'saved';
  readonly created: number;
  readonly reservesCreated: number;
  /** References that were cases already, left as they were. */
  readonly existing: readonly string[];
  readonly inspection: Inspection;
}>;

/**
 * Creates the cases of a drawn sample (role `sample`) and its reserves (role `reserve`), with
 * their profile answers from the population list, and stores the sampling record on the
 * inspection, all in one transaction. Cases already in the inspection are left as they are.
 */
export async function createSampleCases(
  inspectionId: string,
  draw: {
    readonly record: SamplingRecord;
    readonly sample: readonly PopulationEntry[];
    readonly reserves: readonly PopulationEntry[];
  },
  writer: Writer,
): Promise<SampleCasesOutcome> {
  return writeTransaction(
    (db) => [db.inspections, db.cases, ...answerTables(db), db.answerHistory],
    async (db): Promise<SampleCasesOutcome> => {
      const inspection = await db.inspections.get(inspectionId);
      if (!inspection) return NO_INSPECTION;
      const errors = drawnOutsideErrors(inspection, draw.sample);
      if (errors.length > 0) return { status: 'invalid', errors };
      const existing = new Set(
        (await db.cases.where('inspectionId').equals(inspectionId).toArray()).map((c) =>
          c.ref.toLowerCase(),
        ),
      );
      const all = [
        ...newCasesFrom(draw.sample, 'sample'),
        ...newCasesFrom(draw.reserves, 'reserve'),
      ];
      const fresh = all.filter((c) => !existing.has(c.ref.toLowerCase()));
      const already = all.filter((c) => existing.has(c.ref.toLowerCase())).map((c) => c.ref);
      await writeNewCases(db, inspection, fresh, writer);
      const updated: Inspection = {
        ...inspection,
        sampling: draw.record,
        updatedAt: (writer.now ?? systemClock)().toISOString(),
      };
      await db.inspections.put(updated);
      return {
        status: 'saved',
        created: fresh.filter((c) => c.role === 'sample').length,
        reservesCreated: fresh.filter((c) => c.role === 'reserve').length,
        existing: already,
        inspection: updated,
      };
    },
    (outcome) => outcome.status === 'saved',
  );
}
