/**
 * The data the findings worker computes from, in the form that crosses to it (structured
 * clone): the framework, and each case as the findings read it (core's `FindingsCase`: its
 * answers' values only, without evidence notes, times or authors), passed to the engine as it
 * arrives.
 */
import type { FindingsCase, Framework } from '../core';

export type FindingsData = {
  readonly framework: Framework;
  readonly cases: readonly FindingsCase[];
};
