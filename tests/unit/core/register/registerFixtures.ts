/** Recommendations for the register's unit tests, on the built-in 2012 framework. */
import type { RegisterRecommendation } from '../../../../src/core';

export function recommendation(
  id: string,
  more: Partial<RegisterRecommendation> = {},
): RegisterRecommendation {
  return {
    id,
    origin: { kind: 'local', document: 'Service plan 2026', location: 'Section 2' },
    addressee: 'Youth Offending Team Managers',
    text: `Recommendation ${id}`,
    owner: '',
    localPosition: '',
    rag: null,
    actions: [],
    evidence: [],
    history: [],
    ...more,
  };
}
