import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Framework, type Inspection, samplingDefaults } from '../../../core';
import { populationSummary } from '../../../db/inspections/populationStore';
import { ErrorSummary, type SummaryError } from '../../components/ErrorSummary';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { DrawSample } from './DrawSample';
import type { Problem } from './drawProblems';
import { type CalculatorProblem, SampleSizeCalculator } from './SampleSizeCalculator';
import './Sampling.css';
import { t, tx } from '../../i18n/translate';
import { link } from '../link';

/**
 * Sampling: the sample-size calculator, and a stratified random sample drawn from the stored
 * population with quotas per area (and stratum), reserves and a seed, so anyone with the same
 * list and seed draws the same cases. The drawn cases are created in one transaction, with the
 * sampling record kept for the report's methodology.
 */
export default function Sampling({ inspectionId }: { inspectionId: string }) {
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('setup', 'Sample')}
      hasErrors={hasErrors}
    >
      {({ inspection, framework }) => (
        <SamplingPage
          inspection={inspection}
          framework={framework?.framework ?? null}
          onErrorsChange={setHasErrors}
        />
      )}
    </InspectionFrame>
  );
}

function SamplingPage({
  inspection,
  framework,
  onErrorsChange,
}: {
  inspection: Inspection;
  /** The pinned framework, for its sampling defaults; null when it is not on this device. */
  framework: Framework | null;
  onErrorsChange: (hasErrors: boolean) => void;
}) {
  const population = useLive(() => populationSummary(inspection.id), [inspection.id]);
  const [problems, setProblems] = useState<Problem[]>([]);
  const summary: SummaryError[] = useMemo(
    () => problems.map((p) => ({ href: `#${p.field}`, text: p.message })),
    [problems],
  );
  useEffect(() => onErrorsChange(problems.length > 0), [problems, onErrorsChange]);

  if (population.status === 'loading')
    return <Loading what={t('setup', 'Loading the population list')} />;
  const stored = population.status === 'ready' ? population.value : null;
  return (
    <>
      <ErrorSummary errors={summary} />
      <SampleSizeCalculator
        populationSize={stored?.size ?? null}
        defaults={samplingDefaults(framework)}
        frameworkTitle={framework ? (framework.shortTitle ?? framework.title) : null}
        problems={problems as CalculatorProblem[]}
        onProblems={setProblems}
      />
      <hr class="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
      <h2 class="govuk-heading-m">{t('setup', 'Draw the sample')}</h2>
      {stored ? (
        <DrawSample
          inspection={inspection}
          population={stored}
          problems={problems}
          onProblems={setProblems}
        />
      ) : (
        <div class="ca-empty-state">
          <p class="govuk-body">
            {inspection.strata.length > 0
              ? tx(
                  'setup',
                  'There is no population list to draw from yet. <link>Import the case list</link> as “a population to sample from” first: every eligible case, with its area and stratum.',
                  { link: link(inspectionHref(inspection.id, '/import')) },
                )
              : tx(
                  'setup',
                  'There is no population list to draw from yet. <link>Import the case list</link> as “a population to sample from” first: every eligible case, with its area.',
                  { link: link(inspectionHref(inspection.id, '/import')) },
                )}
          </p>
        </div>
      )}
    </>
  );
}
