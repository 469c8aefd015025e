import { useEffect, useState } from 'preact/hooks';
import type {
  CaseWithAnswers,
  FindingsCase,
  FindingsOptions,
  FindingsResult,
  Framework,
} from '../../../core';
import {
  findingsOffPage,
  findingsOfValuesOffPage,
  isCancelled,
} from '../../../workers/findingsBridge';
import { currentLanguage } from '../../i18n/translate';

export type FindingsState =
  | { readonly status: 'computing'; readonly previous: FindingsResult | null }
  | { readonly status: 'ready'; readonly result: FindingsResult }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * The findings for these cases and options, computed in the findings worker. While new figures
 * are computed the previous ones stay (`previous`), so the screen does not blank on a change.
 * `optionsKey` names the options (they are a fresh object on every render).
 */
export function useFindings(
  framework: Framework,
  cases: readonly CaseWithAnswers[] | null,
  options: FindingsOptions,
  optionsKey: string,
): FindingsState {
  return useComputed(framework, cases, options, optionsKey, findingsOffPage);
}

/** The same from the cases as the findings read them (db's `loadFindingsValues`). */
export function useFindingsOfValues(
  framework: Framework,
  cases: readonly FindingsCase[] | null,
  options: FindingsOptions,
  optionsKey: string,
): FindingsState {
  return useComputed(framework, cases, options, optionsKey, findingsOfValuesOffPage);
}

function useComputed<C>(
  framework: Framework,
  cases: C | null,
  options: FindingsOptions,
  optionsKey: string,
  compute: (framework: Framework, cases: C, options: FindingsOptions) => Promise<FindingsResult>,
): FindingsState {
  const [state, setState] = useState<FindingsState>({ status: 'computing', previous: null });
  useEffect(() => {
    if (cases === null) return;
    let current = true;
    setState((s) => ({
      status: 'computing',
      previous: s.status === 'ready' ? s.result : s.status === 'computing' ? s.previous : null,
    }));
    // Sentences and quantifier words in the reader's language (the framework is given in it too).
    compute(framework, cases, { ...options, language: currentLanguage() }).then(
      (result) => {
        if (current) setState({ status: 'ready', result });
      },
      (error: unknown) => {
        if (current && !isCancelled(error)) setState({ status: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [framework, cases, optionsKey]);
  return state;
}
