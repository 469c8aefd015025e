/** The register's addresses under an inspection. */
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';

export const NEW_RECOMMENDATION = 'new';

export function registerHref(inspectionId: string, query = ''): string {
  return `${inspectionHref(inspectionId, '/register')}${query}`;
}

export function recommendationHref(inspectionId: string, recommendationId: string): string {
  return inspectionHref(inspectionId, `/register/${encodeURIComponent(recommendationId)}`);
}
