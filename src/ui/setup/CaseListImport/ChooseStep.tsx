/** The first step of a case-list import: the expected format and the file to upload. */
import type { RefObject } from 'preact';
import type { Inspection } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { FileField } from '../../components/InspectionFrame/formFields';
import { NotificationBanner } from '../../components/NotificationBanner';
import { t } from '../../i18n/translate';
import { FileFormat } from './ImportSteps';
import type { Step } from './importStep';
import { FILE_FIELD, fileErrorOf } from './importSummary';

export function ChooseStep({
  state,
  inspection,
  framework,
  fileInput,
  onRead,
}: {
  state: Extract<Step, { step: 'choose' | 'reading' }>;
  inspection: Inspection;
  framework: FrameworkRecord;
  fileInput: RefObject<HTMLInputElement>;
  onRead: (event: Event) => void;
}) {
  const fileError = fileErrorOf(state);
  return (
    <>
      {state.step === 'choose' && state.notice && <NotificationBanner heading={state.notice} />}
      <FileFormat inspection={inspection} framework={framework} />
      <form noValidate onSubmit={onRead}>
        <FileField
          id={FILE_FIELD}
          name="caseListFile"
          label={t('setup', 'Upload a case list')}
          labelClass="govuk-label--m"
          hint={t(
            'setup',
            'A CSV file (.csv), with a heading row. Nothing is stored until you have checked it and confirmed.',
          )}
          error={fileError}
          accept=".csv,.txt,text/csv,text/plain"
          disabled={state.step === 'reading'}
          inputRef={fileInput}
        />
        {state.step === 'reading' ? (
          <div class="govuk-button-group">
            <p class="govuk-body ca-working" role="status">
              {t('setup', 'Reading and checking {fileName}…', { fileName: state.fileName })}
            </p>
            <button
              type="button"
              class="govuk-button govuk-button--secondary"
              onClick={() => state.controller.abort()}
            >
              {t('setup', 'Stop')}
            </button>
          </div>
        ) : (
          <button type="submit" class="govuk-button">
            {t('setup', 'Upload and check')}
          </button>
        )}
      </form>
    </>
  );
}
