/**
 * A register file merged into a stored register by recommendation id: a recommendation already
 * there is kept as it stands (the local position and history recorded here are never overwritten
 * by a file), and only new ones are added, after the stored ones, in the file's order. So a file
 * imported twice adds nothing the second time.
 */
import type { RegisterFile, RegisterRecommendation } from './registerSchema';

export type RegisterMerge = {
  readonly recommendations: readonly RegisterRecommendation[];
  /** The ids of the recommendations added, in the file's order. */
  readonly added: readonly string[];
  /** How many of the file's recommendations were already in the register. */
  readonly alreadyThere: number;
};

export function mergeRegister(
  stored: readonly RegisterRecommendation[],
  imported: readonly RegisterRecommendation[],
): RegisterMerge {
  const ids = new Set(stored.map((r) => r.id));
  const added: RegisterRecommendation[] = [];
  for (const recommendation of imported) {
    if (ids.has(recommendation.id)) continue;
    ids.add(recommendation.id);
    added.push(recommendation);
  }
  return {
    recommendations: [...stored, ...added],
    added: added.map((r) => r.id),
    alreadyThere: imported.length - added.length,
  };
}

/** The register as a file, for the framework version its evidence questions belong to. */
export function registerFile(
  framework: { readonly id: string; readonly version: string },
  title: string,
  recommendations: readonly RegisterRecommendation[],
): RegisterFile {
  return {
    format: 'case-audit-register',
    formatVersion: 1,
    framework: { id: framework.id, version: framework.version },
    title,
    recommendations: [...recommendations],
  };
}
