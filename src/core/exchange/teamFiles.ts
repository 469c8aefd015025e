/**
 * Team files: how an inspection team without a network passes work around, in the same
 * versioned, checksummed envelope as the inspection file (inspectionFile.ts; README "File
 * formats"). Two kinds:
 *
 * ```
 * pack (lead → inspector): the set-up an inspector needs to score offline
 * { format: 'case-audit/inspection', formatVersion: 1, kind: 'pack', exportedAt, app,
 *   for: { inspectorId, name },            // inspectorId null: the pack is for everyone
 *   from: { by, device },                   // who made it, on which device
 *   framework, inspection,                  // the pinned framework version, the details
 *   cases: [ { ...case, answers, history } ],   // that inspector's cases (or all)
 *   moderation: [ … ],                      // second readings that inspector must do
 *   devices?: { <device id>: <its name> },  // names of the devices recorded, if known
 *   autoLockMinutes?: 1–60,                 // lock the inspector's device after this long unused
 *   checksum }
 *
 * work (inspector → lead): what one inspector did
 * { format, formatVersion: 1, kind: 'work', exportedAt, app,
 *   inspection: { id, title, framework: { id, version } },   // which inspection, pinned how
 *   from: { inspectorId, name, device },
 *   cases: [ { ...case, answers, history } ],   // their cases: answers, notes, full history
 *   moderation: [ … ],                      // their second readings
 *   devices?: { … },                        // as in a pack
 *   checksum }
 * ```
 *
 * Cases, answers and history entries have the inspection file's shapes, so a case travels
 * unchanged between the three kinds. Case ids are stable (made once, on the lead's device), so
 * the same case in two files is recognised whatever its reference. `moderation` records belong
 * to the moderation feature, which defines their schemas (src/core/moderation/moderationRecord.ts:
 * assignments in a pack, second readings in a work file). The envelope and its checksum are the
 * inspection file's (fileEnvelope.ts).
 */
import { z } from 'zod';
import { type FrameworkIndex, frameworkKey, indexFramework } from '../framework/frameworkItems';
import { type Framework, frameworkSchema } from '../framework/frameworkSchema';
import { ENGLISH, type Translator } from '../i18n/translator';
import { movesFrom } from '../inspection/frameworkMoves';
import type { Inspection } from '../inspection/inspectionSchema';
import { inspectionSchema } from '../inspection/inspectionSchema';
import { moderationAssignmentSchema, secondReadingSchema } from '../moderation/moderationRecord';
import { AUTO_LOCK_LIMITS } from '../protection/autoLock';
import { canonicalJson } from '../validation/canonicalJson';
import {
  invalid,
  type ValidationError,
  type ValidationResult,
  valid,
} from '../validation/validationResult';
import { deviceNamesSchema } from './deviceNames';
import { filedPlacementErrors, pinnedFrameworkErrors } from './fileContents';
import {
  checksumMismatch,
  envelopeFields,
  envelopeShape,
  envelopeText,
  type FileMade,
  parseEnvelopeJson,
  readContents,
  readFormatAndVersion,
  type Sha256Hex,
  withChecksum,
} from './fileEnvelope';
import {
  filedItemErrors,
  hasMoved,
  type InspectionFileCase,
  inspectionFileCaseSchema,
} from './inspectionFile';

/** The kinds of file in the inspection envelope this app reads. */
export const CASE_AUDIT_FILE_KINDS = ['inspection', 'pack', 'work'] as const;
export type CaseAuditFileKind = (typeof CASE_AUDIT_FILE_KINDS)[number];

const personName = z.string().trim().min(1).max(200);
const deviceId = z.string().min(1).max(100);

export const packFileSchema = z.strictObject({
  ...envelopeShape,
  kind: z.literal('pack'),
  /** Whose pack this is: one inspector's cases, or everyone's (inspectorId null). */
  for: z.strictObject({ inspectorId: z.string().min(1).max(100).nullable(), name: personName }),
  from: z.strictObject({ by: z.string().max(200), device: deviceId }),
  framework: frameworkSchema,
  inspection: inspectionSchema,
  cases: z.array(inspectionFileCaseSchema).max(100_000),
  /**
   * Second readings this inspector is asked to do, with their own answers so far and never the
   * first reading (the moderation feature's `moderationAssignmentSchema`).
   */
  moderation: z.array(moderationAssignmentSchema).max(100_000),
  /** Names of the devices the file records, by id (deviceNames.ts); files from before have none. */
  devices: deviceNamesSchema.optional(),
  /**
   * The lead's setting: the inspector's device locks after this many minutes without use (or
   * sooner, if the inspector's own setting is shorter). Packs from before have none.
   */
  autoLockMinutes: z.number().int().min(AUTO_LOCK_LIMITS.min).max(AUTO_LOCK_LIMITS.max).optional(),
});

export const workFileSchema = z.strictObject({
  ...envelopeShape,
  kind: z.literal('work'),
  /** The inspection the work belongs to, and the framework version its answers were given against. */
  inspection: z.strictObject({
    id: inspectionSchema.shape.id,
    title: inspectionSchema.shape.title,
    framework: inspectionSchema.shape.framework,
  }),
  /** Who did the work (a team member id, or null when the name was typed), on which device. */
  from: z.strictObject({
    inspectorId: z.string().min(1).max(100).nullable(),
    name: personName,
    device: deviceId,
  }),
  cases: z.array(inspectionFileCaseSchema).max(100_000),
  /** That inspector's second readings (the moderation feature's `secondReadingSchema`). */
  moderation: z.array(secondReadingSchema).max(100_000),
  /** Names of the devices the file records, by id (deviceNames.ts); files from before have none. */
  devices: deviceNamesSchema.optional(),
});

export type PackFile = z.infer<typeof packFileSchema>;
export type WorkFile = z.infer<typeof workFileSchema>;
export type TeamFile = PackFile | WorkFile;
export type PackContents = Omit<PackFile, keyof typeof envelopeShape | 'kind'>;
export type WorkContents = Omit<WorkFile, keyof typeof envelopeShape | 'kind'>;

/** Makes a pack: the envelope around the contents, with its checksum. */
export function buildPackFile(
  contents: PackContents,
  made: FileMade,
  sha256: Sha256Hex,
): Promise<PackFile> {
  const body = {
    ...envelopeFields('pack', made),
    for: contents.for,
    from: contents.from,
    framework: contents.framework,
    inspection: contents.inspection,
    cases: contents.cases,
    moderation: contents.moderation,
    ...(contents.devices ? { devices: contents.devices } : {}),
    ...(contents.autoLockMinutes === undefined
      ? {}
      : { autoLockMinutes: contents.autoLockMinutes }),
  } satisfies Omit<PackFile, 'checksum'>;
  return withChecksum(body, sha256);
}

/** Makes a work file: the envelope around the contents, with its checksum. */
export function buildWorkFile(
  contents: WorkContents,
  made: FileMade,
  sha256: Sha256Hex,
): Promise<WorkFile> {
  const body = {
    ...envelopeFields('work', made),
    inspection: contents.inspection,
    from: contents.from,
    cases: contents.cases,
    moderation: contents.moderation,
    ...(contents.devices ? { devices: contents.devices } : {}),
  } satisfies Omit<WorkFile, 'checksum'>;
  return withChecksum(body, sha256);
}

/** A team file as text: indented, as the inspection file is. */
export const teamFileText: (file: TeamFile) => string = envelopeText;

/**
 * The envelope of any Case Audit file about an inspection: is it one, of a version this app
 * reads, and of which kind? (The inspection file's own `readEnvelope` accepts its kind only.)
 */
export function readFileEnvelope(value: unknown): ValidationResult<{ kind: CaseAuditFileKind }> {
  const read = readFormatAndVersion(value, 'Case Audit file');
  if (read.status !== 'ok') return read;
  const kind = read.value.kind;
  if (typeof kind !== 'string' || !(CASE_AUDIT_FILE_KINDS as readonly string[]).includes(kind)) {
    const said = typeof kind === 'string' ? `"${kind.slice(0, 40)}"` : 'no kind';
    return invalid([
      {
        path: 'kind',
        message: `is ${said}; this version of Case Audit reads whole inspections ("inspection"), inspection packs ("pack") and inspectors’ work ("work")`,
      },
    ]);
  }
  return valid({ kind: kind as CaseAuditFileKind });
}

/**
 * Checks a team file's cases against the framework its inspection is pinned to: every case
 * belongs to the inspection, ids and references are unique, every answer is to an item of the
 * framework and a value that item accepts, every history entry names an item (or `#status`).
 */
export function checkTeamCases(
  cases: readonly InspectionFileCase[],
  inspectionId: string,
  framework: Framework,
  /** The inspection moved from an earlier version: answers to items no longer asked are kept. */
  moved = false,
): ValidationError[] {
  const errors: ValidationError[] = [];
  const index: FrameworkIndex = indexFramework(framework);
  const byId = new Map<string, number>();
  const refs = new Map<string, number>();
  cases.forEach((kase, i) => {
    const at = `cases[${i}]`;
    if (kase.inspectionId !== inspectionId) {
      errors.push({
        path: `${at}.inspectionId`,
        message: `is "${kase.inspectionId.slice(0, 100)}", not this file’s inspection "${inspectionId}"`,
      });
    }
    const first = byId.get(kase.id);
    if (first !== undefined) {
      const same = canonicalJson(cases[first]) === canonicalJson(kase);
      errors.push({
        path: `${at}.id`,
        message: same
          ? `"${kase.id}" is also the id of cases[${first}]: the case is in the file twice`
          : `"${kase.id}" is also the id of cases[${first}], with different content: which one is right cannot be told`,
      });
    } else byId.set(kase.id, i);
    const ref = kase.ref.toLowerCase();
    const sameRef = refs.get(ref);
    if (sameRef !== undefined && cases[sameRef]?.id !== kase.id) {
      errors.push({
        path: `${at}.ref`,
        message: `"${kase.ref}" is also the reference of cases[${sameRef}]`,
      });
    } else refs.set(ref, i);
    errors.push(...filedItemErrors(index, kase, at, { values: true, moved }));
  });
  return errors;
}

function checkPack(file: PackFile): ValidationError[] {
  const { framework, inspection } = file;
  const errors = pinnedFrameworkErrors(framework, inspection, 'pack');
  if (errors.length > 0) return errors;
  if (
    file.for.inspectorId !== null &&
    !inspection.team.some((m) => m.id === file.for.inspectorId)
  ) {
    errors.push({
      path: 'for.inspectorId',
      message: `"${file.for.inspectorId}" is not in the inspection’s team`,
    });
  }
  const misplaced = filedPlacementErrors(inspection);
  file.cases.forEach((kase, i) => {
    errors.push(...misplaced(kase, `cases[${i}]`));
  });
  return [...errors, ...checkTeamCases(file.cases, inspection.id, framework, hasMoved(inspection))];
}

/**
 * A work file's cases belong to its inspection; their answers are checked against the framework
 * by the device it is merged on, which holds that framework (`checkTeamCases`).
 */
function checkWork(file: WorkFile): ValidationError[] {
  return file.cases.flatMap((kase, i) =>
    kase.inspectionId === file.inspection.id
      ? []
      : [
          {
            path: `cases[${i}].inspectionId`,
            message: `is "${kase.inspectionId.slice(0, 100)}", not this file’s inspection "${file.inspection.id}"`,
          },
        ],
  );
}

/** A Case Audit file read as far as its kind: a team file (checked), or the other kinds raw. */
export type ReadTeamFile =
  | { readonly kind: 'pack'; readonly file: PackFile }
  | { readonly kind: 'work'; readonly file: WorkFile }
  /** A whole inspection: read it with `readInspectionFile` (its own, complete checks). */
  | { readonly kind: 'inspection' };

/**
 * Reads a pack or a work file from its text: JSON syntax, size and depth, the envelope
 * (format, version, kind), the checksum, the shape, then the checks of its kind. A work file's
 * answers are checked against the framework later, by the device it is merged on (the file
 * names the framework version; `checkTeamCases`). Every expected failure is a message.
 */
export async function readTeamFile(
  text: string,
  sha256: Sha256Hex,
): Promise<ValidationResult<ReadTeamFile>> {
  const json = parseEnvelopeJson(text, 'Case Audit file');
  if (json.status !== 'ok') return json;
  return readTeamFileValue(json.value, sha256);
}

/** As `readTeamFile`, from the parsed JSON value. */
export async function readTeamFileValue(
  value: unknown,
  sha256: Sha256Hex,
): Promise<ValidationResult<ReadTeamFile>> {
  const envelopeResult = readFileEnvelope(value);
  if (envelopeResult.status !== 'ok') return envelopeResult;
  const { kind } = envelopeResult.value;
  if (kind === 'inspection') return valid({ kind });
  const changed = await checksumMismatch(
    value as Record<string, unknown>,
    sha256,
    'Use the file as Case Audit made it.',
  );
  if (changed) return changed;
  if (kind === 'pack') {
    const read = readContents(packFileSchema, value, checkPack);
    return read.status === 'ok' ? valid({ kind, file: read.value }) : read;
  }
  const read = readContents(workFileSchema, value, checkWork);
  return read.status === 'ok' ? valid({ kind, file: read.value }) : read;
}

/** "“Title” (framework id@version)": how messages name the inspection a file is for. */
export function describeFileInspection(
  inspection: Pick<Inspection, 'title' | 'framework'>,
  tr: Translator = ENGLISH,
): string {
  return tr.t('team.files', '‘{title}’ (framework {framework})', {
    title: inspection.title,
    framework: frameworkKey(inspection.framework),
  });
}

/**
 * Whether a team file can be merged into an inspection on this device: the same inspection,
 * pinned to the same framework version or to a later one it moved to from the file's (the file
 * is then read through the moves, core/merge/throughMoves.ts). Null when it can; else the
 * message that says which.
 */
export function fileInspectionMismatch(
  fileInspection: Pick<Inspection, 'id' | 'title' | 'framework'>,
  here: Pick<Inspection, 'id' | 'title' | 'framework' | 'frameworkMoves'>,
  tr: Translator = ENGLISH,
): string | null {
  const theirs = frameworkKey(fileInspection.framework);
  const ours = frameworkKey(here.framework);
  const fileFor = describeFileInspection(fileInspection, tr);
  if (fileInspection.id !== here.id) {
    return tr.t(
      'team.files',
      'This file is for {fileFor}; this inspection is ‘{title}’ (framework {ours}). Merge it into the inspection it is for.',
      { fileFor, title: here.title, ours },
    );
  }
  if (theirs !== ours && !movesFrom(here, theirs)) {
    const moved = (fileInspection as Pick<Inspection, 'frameworkMoves'>).frameworkMoves?.some(
      (m) => m.from === ours,
    );
    return moved
      ? tr.t(
          'team.files',
          'This file is for {fileFor}: the inspection was moved to {theirs} on the device that made it, and this device still uses {ours}. Send the work done here to that device as it is: it is read there through the move.',
          { fileFor, theirs, ours },
        )
      : tr.t(
          'team.files',
          'This file is for {fileFor}; this inspection uses {ours}. Only work made for {ours}, or for a version this inspection was moved from, can be merged.',
          { fileFor, ours },
        );
  }
  return null;
}
