/**
 * The findings of an inspection, computed off the page (findings.worker.ts) so that a large
 * inspection never freezes the screen. The cases are sent once, classified into the engine's
 * columns (core's `findingsColumns`) and only the columns are kept here under a key; changing
 * only the options (basis, breakdown, confidence) sends the options alone and counts the
 * columns again (`countFindings`), never reading a case twice. Where workers are unavailable
 * the bridge runs these same handlers on the page.
 */
import {
  countFindings,
  type FindingsColumns,
  type FindingsOptions,
  type FindingsResult,
  findingsColumns,
} from '../core';
import type { FindingsData } from './findingsData';

export type ComputeArgs = {
  /** Names the data: the same key is the same framework and cases. */
  readonly key: string;
  /** Sent when this side may not hold the data for `key` yet. */
  readonly data?: FindingsData;
  readonly options: FindingsOptions;
};

export type ComputeReply =
  | { readonly status: 'ok'; readonly result: FindingsResult }
  /** The data for the key is not held here (a new or restarted worker): send it. */
  | { readonly status: 'needs-data' };

let held: { readonly key: string; readonly columns: FindingsColumns } | null = null;

function compute(args: ComputeArgs): ComputeReply {
  if (args.data) {
    held = { key: args.key, columns: findingsColumns(args.data.framework, args.data.cases) };
  }
  if (!held || held.key !== args.key) return { status: 'needs-data' };
  return { status: 'ok', result: countFindings(held.columns, args.options) };
}

export const findingsHandlers = { compute };
export type FindingsHandlers = typeof findingsHandlers;
