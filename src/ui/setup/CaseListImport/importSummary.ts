/** What the case-list import screen says about problems: the error summary and the file field. */
import type { ValidationError } from '../../../core';
import type { StoreOutcome } from '../../../workers/caseListService';
import type { SummaryError } from '../../components/ErrorSummary';
import { t } from '../../i18n/translate';
import { columnFieldId } from './ColumnChoices';
import type { Step } from './importStep';

export const FILE_FIELD = 'case-list-file';
/** Problems listed on the page; the rest are counted. */
const SHOWN_PROBLEMS = 500;

function problemText(error: ValidationError): string {
  return error.path === '(the whole file)'
    ? t('setup', 'The file {problem}', { problem: error.message })
    : `${error.path}: ${error.message}`;
}

export function storeFailure(outcome: Exclude<StoreOutcome, { status: 'saved' }>): string {
  switch (outcome.status) {
    case 'expired':
      return t('setup', 'The file is no longer open. Choose it again.');
    case 'invalid':
      return t('setup', 'The list could not be stored: {problems}', {
        problems: outcome.errors.map((e) => e.message).join('; '),
      });
    case 'duplicates':
      return t(
        'setup',
        '{count, plural, one {# case on the list is} other {# cases on the list are}} already in this inspection ({refs}). Nothing was stored.',
        {
          count: outcome.refs.length,
          refs: `${outcome.refs.slice(0, 5).join(', ')}${outcome.refs.length > 5 ? ', …' : ''}`,
        },
      );
    case 'missing':
      return outcome.message;
    case 'failed':
      return outcome.reason === 'quota'
        ? t(
            'setup',
            'Nothing was stored: this device has run out of storage space. Free some space, then try again.',
          )
        : t('setup', 'Nothing was stored: the browser’s storage refused the list ({detail}).', {
            detail: outcome.detail,
          });
  }
}

/** The error on the file field, when the chosen file was refused. */
export function fileErrorOf(state: Step): string | undefined {
  if (state.step !== 'choose' || !state.errors) return undefined;
  return state.errors.some((e) => e.path === FILE_FIELD)
    ? t('setup', 'Select a case list file')
    : state.fileName
      ? t(
          'setup',
          '{fileName} cannot be imported: {count, plural, one {# problem} other {# problems}}, listed at the top of the page',
          { fileName: state.fileName, count: state.errors.length },
        )
      : t(
          'setup',
          'The file cannot be imported: {count, plural, one {# problem} other {# problems}}, listed at the top of the page',
          { count: state.errors.length },
        );
}

/** The sentence above the listed problems, when they need one. */
export function summaryDescriptionOf(state: Step): string | undefined {
  if (state.step === 'map' && state.report) {
    return t(
      'setup',
      'Nothing has been stored. There {count, plural, one {is # problem} other {are # problems}} to correct, in the file or in the column choices, before the list can be imported:',
      { count: state.report.errorCount },
    );
  }
  if (state.step === 'choose' && state.errors && state.fileName) {
    return t('setup', '{fileName} cannot be imported, and nothing has been stored:', {
      fileName: state.fileName,
    });
  }
  return undefined;
}

function mapSummary(state: Extract<Step, { step: 'map' }>): SummaryError[] {
  if (state.purposeMissing) {
    return [
      {
        href: '#purpose',
        text: t(
          'setup',
          'Choose what this list is: the cases to read, or a population to sample from',
        ),
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
    ? [
        ...listed,
        {
          text: t(
            'setup',
            'and {more, plural, one {# more problem} other {# more problems}} not listed',
            { more },
          ),
        },
      ]
    : listed;
}

/** The problems listed at the top of the page, for the step the import is at. */
export function summaryOf(state: Step): SummaryError[] {
  if (state.step === 'choose' && state.errors) {
    if (state.errors.some((e) => e.path === FILE_FIELD)) {
      return [{ href: `#${FILE_FIELD}`, text: t('setup', 'Select a case list file') }];
    }
    return state.errors.slice(0, SHOWN_PROBLEMS).map((e) => ({ text: problemText(e) }));
  }
  if (state.step === 'map') return mapSummary(state);
  if (state.step === 'confirm') {
    if (state.replaceMissing) {
      return [
        {
          href: '#replace',
          text: t('setup', 'Confirm that the new list replaces the stored population list'),
        },
      ];
    }
    if (state.failure) return [{ text: state.failure }];
  }
  return [];
}
