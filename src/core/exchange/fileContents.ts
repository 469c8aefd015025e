/**
 * Checks the whole inspection file and a pack make alike of what they carry, beyond its shape:
 * the framework is the version the inspection is pinned to, and sound; each case sits in an
 * area, stratum and team member the inspection has. Paths name the place in the file.
 */
import { checkFramework } from '../framework/checkFramework';
import { frameworkKey } from '../framework/frameworkItems';
import type { Framework } from '../framework/frameworkSchema';
import { type CasePlace, missingPlaces } from '../inspection/casePlacement';
import type { Case, Inspection } from '../inspection/inspectionSchema';
import type { ValidationError } from '../validation/validationResult';

/**
 * The framework a file carries: the inspection's pinned version, and a sound one. `what` names
 * the file in the message ("file", "pack").
 */
export function pinnedFrameworkErrors(
  framework: Framework,
  inspection: Pick<Inspection, 'framework'>,
  what: string,
): ValidationError[] {
  const pinned = frameworkKey(inspection.framework);
  if (frameworkKey(framework) !== pinned) {
    return [
      {
        path: 'framework',
        message: `is ${frameworkKey(framework)}, but the inspection is pinned to ${pinned}: the ${what} does not hold the framework its answers are given against`,
      },
    ];
  }
  return checkFramework(framework).map((e) => ({
    path: `framework.${e.path}`,
    message: e.message,
  }));
}

const NOT_IN_INSPECTION: Record<CasePlace, string> = {
  areaId: 'is not an area of the inspection',
  stratumId: 'is not a stratum of the inspection',
  inspectorId: 'is not in the inspection’s team',
};

/**
 * For one inspection: a filed case's area, stratum and inspector that the inspection does not
 * have, each at its path (`at`: the case's place in the file, such as `cases[3]`).
 */
export function filedPlacementErrors(
  inspection: Pick<Inspection, 'areas' | 'strata' | 'team'>,
): (kase: Pick<Case, CasePlace>, at: string) => ValidationError[] {
  const missing = missingPlaces(inspection);
  return (kase, at) =>
    missing(kase).map((place) => ({
      path: `${at}.${place}`,
      message: `"${kase[place]}" ${NOT_IN_INSPECTION[place]}`,
    }));
}
