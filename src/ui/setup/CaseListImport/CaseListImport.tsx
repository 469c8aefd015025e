import { useState } from 'preact/hooks';
import type { Inspection } from '../../../core';
import type { FrameworkRecord } from '../../../db/database';
import { ErrorSummary } from '../../components/ErrorSummary';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { ChooseStep } from './ChooseStep';
import { DoneStep } from './DoneStep';
import { Confirm, Storing } from './ImportSteps';
import { summaryDescriptionOf } from './importSummary';
import { MapStep } from './MapStep';
import { useCaseListImport } from './useCaseListImport';
import './CaseListImport.css';
import { t } from '../../i18n/translate';

/**
 * Import a case list from a CSV file: choose it, say what each column is, see the first rows
 * and every problem before anything is stored, then store it as the cases to read or as the
 * population a sample is drawn from, in one transaction. Parsing and checking run in a worker.
 */
export default function CaseListImport({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('setup', 'Import a case list')}
      hasErrors={hasErrors}
    >
      {({ inspection, framework }) =>
        framework ? (
          <Importer inspection={inspection} framework={framework} onErrorsChange={setHasErrors} />
        ) : (
          <p class="govuk-body">
            {t(
              'setup',
              'The framework this inspection uses ({id}, version {version}) is not on this device, so a case list cannot be checked against it. Import the framework first.',
              { id: inspection.framework.id, version: inspection.framework.version },
            )}
          </p>
        )
      }
    </InspectionFrame>
  );
}

function Importer({
  inspection,
  framework,
  onErrorsChange,
}: {
  inspection: Inspection;
  framework: FrameworkRecord;
  onErrorsChange: (hasErrors: boolean) => void;
}) {
  const im = useCaseListImport(inspection, framework, onErrorsChange);
  const { state, setState } = im;
  return (
    <>
      <ErrorSummary errors={im.errors} description={summaryDescriptionOf(state)} />

      {(state.step === 'choose' || state.step === 'reading') && (
        <ChooseStep
          state={state}
          inspection={inspection}
          framework={framework}
          fileInput={im.fileInput}
          onRead={im.read}
        />
      )}

      {state.step === 'map' && (
        <MapStep
          state={state}
          preview={im.preview}
          choices={im.choices}
          population={im.population}
          onChange={setState}
          onChooseAgain={im.chooseAgain}
          onCheck={im.check}
        />
      )}

      {state.step === 'confirm' && (
        <Confirm
          state={state}
          inspection={inspection}
          population={im.population}
          headingRef={im.stepHeading}
          onReplace={(replace) => setState({ ...state, replace, replaceMissing: false })}
          onBack={() =>
            setState({
              step: 'map',
              file: state.file,
              mapping: state.mapping,
              purpose: state.purpose,
              skipExisting: state.skipExisting,
            })
          }
          onStore={im.store}
        />
      )}

      {state.step === 'storing' && <Storing progress={state.progress} purpose={state.purpose} />}

      {state.step === 'done' && (
        <DoneStep
          state={state}
          inspectionId={inspection.id}
          headingRef={im.stepHeading}
          onImportAnother={() => setState({ step: 'choose' })}
        />
      )}
    </>
  );
}
