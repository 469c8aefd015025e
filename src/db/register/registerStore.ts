/**
 * An inspection's recommendations register (the `registers` table: one row per inspection, its
 * recommendations checked by core's `registerRecommendationSchema`): loaded whole.
 */
import {
  type RegisterRecommendation,
  readRegisterRecommendations,
  type ValidationError,
} from '../../core';
import { database } from '../connection';

export type StoredRegister =
  | {
      readonly status: 'ok';
      readonly recommendations: readonly RegisterRecommendation[];
      readonly updatedAt: string | null;
    }
  /** A stored register this version cannot read: shown, never overwritten without asking. */
  | { readonly status: 'invalid'; readonly errors: readonly ValidationError[] };

/** The inspection's register; an empty one when nothing has been recorded yet. */
export async function loadRegister(inspectionId: string): Promise<StoredRegister> {
  const row = await database().registers.get(inspectionId);
  if (!row) return { status: 'ok', recommendations: [], updatedAt: null };
  const read = readRegisterRecommendations(row.recommendations);
  return read.status === 'ok'
    ? { status: 'ok', recommendations: read.value, updatedAt: row.updatedAt }
    : { status: 'invalid', errors: read.errors };
}
