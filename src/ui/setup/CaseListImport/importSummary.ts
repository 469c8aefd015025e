/** What the case-list import screen says about problems: the error summary and the file field. */
import { isOrAre, plural, type ValidationError } from '../../../core';
import type { StoreOutcome } from '../../../workers/caseListService';
import type { SummaryError } from '../../components/ErrorSummary';
import { columnFieldId } from './ColumnChoices';
import type { Step } from './importStep';

export const FILE_FIELD = 'case-list-file';
/** Problems listed on the page; the rest are counted. */
const SHOWN_PROBLEMS = 500;

function problemText(error: ValidationError): string {
  return error.path === '(the whole file)'
    ? `The file ${error.message}`
    : `${error.path}: ${error.message}`;
}

export function storeFailure(outcome: Exclude<StoreOutcome, { status: 'saved' }>): string {
  switch (outcome.status) {
    case 'expired':
      return 'The file is no longer open. Choose it again.';
    case 'invalid':
      return `The list could not be stored: ${outcome.errors.map((e) => e.message).join('; ')}`;
    case 'duplicates':
      return `${plural(outcome.refs.length, 'case')} on the list ${isOrAre(outcome.refs.length)} already in this inspection (${outcome.refs.slice(0, 5).join(', ')}${outcome.refs.length > 5 ? ', …' : ''}). Nothing was stored.`;
    case 'missing':
      return outcome.message;
    case 'failed':
      return outcome.reason === 'quota'
        ? 'Nothing was stored: this device has run out of storage space. Free some space, then try again.'
        : `Nothing was stored: the browser’s storage refused the list (${outcome.detail}).`;
  }
}

/** The error on the file field, when the chosen file was refused. */
export function fileErrorOf(state: Step): string | undefined {
  if (state.step !== 'choose' || !state.errors) return undefined;
  return state.errors.some((e) => e.path === FILE_FIELD)
    ? 'Select a case list file'
    : `${state.fileName ?? 'The file'} cannot be imported: ${plural(state.errors.length, 'problem')}, listed at the top of the page`;
}

/** The sentence above the listed problems, when they need one. */
export function summaryDescriptionOf(state: Step): string | undefined {
  if (state.step === 'map' && state.report) {
    return `Nothing has been stored. There ${isOrAre(state.report.errorCount)} ${plural(state.report.errorCount, 'problem')} to correct, in the file or in the column choices, before the list can be imported:`;
  }
  if (state.step === 'choose' && state.errors && state.fileName) {
    return `${state.fileName} cannot be imported, and nothing has been stored:`;
  }
  return undefined;
}

function mapSummary(state: Extract<Step, { step: 'map' }>): SummaryError[] {
  if (state.purposeMissing) {
    return [
      {
        href: '#purpose',
        text: 'Choose what this list is: the cases to read, or a population to sample from',
      },
    ];
  }
  if (!state.report) return [];
  const listed = state.report.errors.slice(0, SHOWN_PROBLEMS).map((e) => ({
    text: problemText(e),
    ...(e.path === 'column mapping' ? { href: `#${columnFieldId(0)}` } : {}),
  }));
  const more = state.report.errorCount - listed.length;
  return more > 0
    ? [...listed, { text: `and ${plural(more, 'more problem')} not listed` }]
    : listed;
}

/** The problems listed at the top of the page, for the step the import is at. */
export function summaryOf(state: Step): SummaryError[] {
  if (state.step === 'choose' && state.errors) {
    if (state.errors.some((e) => e.path === FILE_FIELD)) {
      return [{ href: `#${FILE_FIELD}`, text: 'Select a case list file' }];
    }
    return state.errors.slice(0, SHOWN_PROBLEMS).map((e) => ({ text: problemText(e) }));
  }
  if (state.step === 'map') return mapSummary(state);
  if (state.step === 'confirm') {
    if (state.replaceMissing) {
      return [
        { href: '#replace', text: 'Confirm that the new list replaces the stored population list' },
      ];
    }
    if (state.failure) return [{ text: state.failure }];
  }
  return [];
}
