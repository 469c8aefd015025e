import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Framework } from '../../../core';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileField } from '../../components/InspectionFrame/formFields';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../hooks/usePageTitle';
import { t } from '../../i18n/translate';
import { prepareWorkbookCheck } from './checkFrameworkWorkbook';
import { ConfirmStep, DoneStep, InLibraryStep } from './FrameworkImportSteps';
import { addFramework, checkFile } from './frameworkImportActions';
import { FIELD_ID, fieldError, type Step, summaryErrors } from './importProblems';

/**
 * Import a framework file: choose it, see it checked (every problem with its place in the file),
 * confirm, and it joins the library. Nothing is stored until the user confirms a valid file.
 */
export default function FrameworkImport() {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const fileInput = useRef<HTMLInputElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const problem = state.step === 'choose' ? state.problem : undefined;
  usePageTitle(t('frameworks', 'Import a framework'), problem !== undefined);

  useEffect(() => {
    // A new step replaces the form: move focus to its heading so it is announced.
    if (state.step === 'confirm' || state.step === 'in-library' || state.step === 'done') {
      stepHeading.current?.focus();
    }
  }, [state.step]);

  const check = async (event: Event) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setState({ step: 'choose', problem: { kind: 'no-file' } });
      return;
    }
    setState({ step: 'checking', fileName: file.name });
    setState(await checkFile(file));
  };
  const add = async (fileName: string, framework: Framework) => {
    setState({ step: 'confirm', fileName, framework, saving: true });
    setState(await addFramework(framework));
  };
  const chooseAgain = () => setState({ step: 'choose' });

  // The same list object while the problem stays: the summary takes focus when its list changes.
  const errors = useMemo(() => summaryErrors(problem), [problem]);
  const errorText = fieldError(problem);

  return (
    <>
      <a href="/frameworks" class="govuk-back-link">
        {t('frameworks', 'Back to frameworks')}
      </a>
      <ErrorSummary
        errors={errors}
        description={
          problem?.kind === 'invalid'
            ? t(
                'frameworks',
                '{file} is not a valid framework file, so nothing was added to the library. Each problem below names its place in the file:',
                { file: problem.fileName },
              )
            : undefined
        }
      />
      <h1 class="govuk-heading-l">{t('frameworks', 'Import a framework')}</h1>

      {state.step === 'choose' && (
        <form noValidate onSubmit={check}>
          <FileField
            id={FIELD_ID}
            name="frameworkFile"
            label={t('frameworks', 'Upload a framework file')}
            labelClass="govuk-label--m"
            hint={t(
              'frameworks',
              'A framework file (.json) of at most 4 MB, for example one exported from another device, or a framework workbook (.xlsx) made in Excel. It is checked first; nothing is added until you confirm.',
            )}
            error={errorText}
            accept=".json,application/json,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            inputRef={fileInput}
            onChange={(files) => {
              if (files.some((f) => /\.xlsx$/i.test(f.name))) prepareWorkbookCheck();
            }}
          />
          <button type="submit" class="govuk-button">
            {t('frameworks', 'Check the file')}
          </button>
        </form>
      )}

      {state.step === 'checking' && (
        <Loading what={t('frameworks', 'Checking {file}', { file: state.fileName })} />
      )}

      {state.step === 'confirm' && (
        <ConfirmStep
          state={state}
          headingRef={stepHeading}
          onChooseAgain={chooseAgain}
          onAdd={() => add(state.fileName, state.framework)}
        />
      )}

      {state.step === 'in-library' && (
        <InLibraryStep state={state} headingRef={stepHeading} onChooseAgain={chooseAgain} />
      )}

      {state.step === 'done' && (
        <DoneStep state={state} headingRef={stepHeading} onChooseAgain={chooseAgain} />
      )}
    </>
  );
}
