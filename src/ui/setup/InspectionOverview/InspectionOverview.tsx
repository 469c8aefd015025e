import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { StorageWarning } from '../../components/StorageWarning';
import { ExampleBanner } from '../Inspections/ExampleBanner';
import { CaseList } from './CaseList';
import { InspectionSummary } from './InspectionSummary';
import './InspectionOverview.css';
import { KIND_LABELS } from '../../components/InspectionFrame/format';

/**
 * An inspection at a glance: its details, and its case list with each case's area, stratum,
 * inspector, status and progress, filtered by what the address says.
 */
export default function InspectionOverview({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={(inspection) => inspection.title}
      caption={(inspection) => KIND_LABELS[inspection.kind]}
    >
      {({ inspection, framework }) => (
        <>
          <StorageWarning inspectionId={inspection.id} />
          {inspection.example && <ExampleBanner inspection={inspection} />}
          <InspectionSummary inspection={inspection} framework={framework} />
          <CaseList inspection={inspection} />
        </>
      )}
    </InspectionFrame>
  );
}
