/**
 * Reasons to refuse a file whole, found before anything of it is planned: another inspection or
 * framework version, cases of another inspection, a reference used by a different case here,
 * and (work files) areas, strata or people this inspection does not have.
 */
import { checkTeamCases, fileInspectionMismatch } from '../exchange/teamFiles';
import { frameworkKey } from '../framework/frameworkItems';
import type { ValidationError } from '../validation/validationResult';
import type { IncomingFile } from './mergeTypes';
import type { IncomingCase, Working } from './mergeWorking';

/**
 * `incoming` is the file as made; `read` the same file read through the inspection's framework
 * moves when it was made for an earlier version (throughMoves.ts), else the same.
 */
export function refusals(
  w: Working,
  incoming: IncomingFile,
  read: IncomingFile = incoming,
): ValidationError[] {
  const { file } = incoming;
  const errors: ValidationError[] = [];
  const whole = (message: string) => errors.push({ path: '(the whole file)', message });
  if (w.inspection) {
    const mismatch = fileInspectionMismatch(file.inspection, w.inspection);
    if (mismatch) return [{ path: 'inspection', message: mismatch }];
  } else if (file.kind === 'work') {
    whole('The inspection this work belongs to is not on this device.');
    return errors;
  }
  if (file.kind === 'work') {
    // Answers are checked against the version they were given in, where this device has it.
    const made = frameworkKey(file.inspection.framework);
    const framework = read === incoming ? w.state.framework : w.state.earlierFrameworks?.get(made);
    const moved = (w.inspection?.frameworkMoves?.length ?? 0) > 0;
    if (framework) errors.push(...checkTeamCases(file.cases, file.inspection.id, framework, moved));
    if (errors.length > 0) return errors;
  }
  read.file.cases.forEach((kase, i) => {
    errors.push(...caseRefusals(w, read, kase, `cases[${i}]`));
  });
  return errors;
}

function caseRefusals(
  w: Working,
  incoming: IncomingFile,
  kase: IncomingCase,
  at: string,
): ValidationError[] {
  const { file } = incoming;
  if (w.state.foreignCaseIds.has(kase.id)) {
    return [
      {
        path: `${at}.id`,
        message: `Case ${kase.ref} has the id of a case of another inspection on this device, so this file cannot be merged here.`,
      },
    ];
  }
  if (w.cases.has(kase.id)) return [];
  const errors: ValidationError[] = [];
  const other = w.refs.get(kase.ref.toLowerCase());
  if (other !== undefined && other !== kase.id) {
    errors.push({
      path: `${at}.ref`,
      message: `Case ${kase.ref} in this file is a different case from ${kase.ref} on this device (they were added separately). Rename one of them before merging.`,
    });
  }
  if (file.kind === 'work') errors.push(...placingRefusals(w, kase, at));
  return errors;
}

/** A new case of a work file must sit in this inspection's areas and strata, with its team. */
function placingRefusals(w: Working, kase: IncomingCase, at: string): ValidationError[] {
  const inspection = w.inspection;
  const areas = new Set(inspection?.areas.map((a) => a.id));
  const strata = new Set(inspection?.strata.map((s) => s.id));
  const team = new Set(inspection?.team.map((m) => m.id));
  const errors: ValidationError[] = [];
  if (!areas.has(kase.areaId)) {
    errors.push({
      path: `${at}.areaId`,
      message: `Case ${kase.ref} is in area "${kase.areaId}", which this inspection does not have.`,
    });
  }
  if (kase.stratumId !== null && !strata.has(kase.stratumId)) {
    errors.push({
      path: `${at}.stratumId`,
      message: `Case ${kase.ref} is in stratum "${kase.stratumId}", which this inspection does not have.`,
    });
  }
  if (kase.inspectorId !== null && !team.has(kase.inspectorId)) {
    errors.push({
      path: `${at}.inspectorId`,
      message: `Case ${kase.ref} is assigned to "${kase.inspectorId}", who is not in this inspection’s team.`,
    });
  }
  return errors;
}
