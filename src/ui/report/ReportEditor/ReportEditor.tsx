import {
  type Framework,
  frameworkKey,
  type Inspection,
  type KeyFinding,
  type ReportDraft,
} from '../../../core';
import { hasBenchmarks } from '../../../db/frameworks/benchmarkStore';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { ChapterPart } from './ChapterPart';
import { DraftLoader } from './DraftLoader';
import { ExamplesEditor } from './ExamplesEditor';
import { KeyFindingsEditor } from './KeyFindingsEditor';
import { LookAndCredits } from './LookAndCredits';
import { RecommendationsEditor } from './RecommendationsEditor';
import { PartsList, ReportPart } from './ReportParts';
import { ReportTextArea } from './ReportTextArea';
import { SaveStatus } from './SaveStatus';
import { useReportDraft } from './useReportDraft';
import { useReportFigures } from './useReportFigures';
import './ReportEditor.css';

/**
 * The report editor: how the report looks and whom it thanks, and what no engine can write —
 * foreword, summary and key findings, recommendations, case and good-practice examples, each
 * chapter's key findings and conclusion — beside the sentences the data gives, ranked as
 * suggestions. Saved as it is typed, like answers.
 */
export default function ReportEditor({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading={t('reportScreen', 'Report')}>
      {({ inspection, framework }) =>
        framework ? (
          <DraftLoader
            inspectionId={inspection.id}
            loading={t('reportScreen', 'Loading the report text')}
          >
            {(draft) => (
              <Editor inspection={inspection} framework={framework.framework} initial={draft} />
            )}
          </DraftLoader>
        ) : (
          <p class="govuk-body">
            {t(
              'reportScreen',
              'The framework this inspection is pinned to is not on this device, so its report cannot be written here.',
            )}
          </p>
        )
      }
    </InspectionFrame>
  );
}

const newId = () => crypto.randomUUID();

function PreviewLink({ inspectionId }: { inspectionId: string }) {
  return (
    <a
      class="govuk-button govuk-button--secondary ca-report-editor__preview"
      href={inspectionHref(inspectionId, '/report/preview')}
      data-module="govuk-button"
      draggable={false}
    >
      {t('reportScreen', 'Preview the report')}
    </a>
  );
}

/** `counted`: the cases
 the figures count now, once worked out. */
function EditorIntro({ counted }: { counted: number | null }) {
  return (
    <p class="govuk-body">
      {t(
        'reportScreen',
        'Write what the figures cannot say. The figures, tables and charts come from the cases; each chapter’s key findings are yours to choose: sentences from the data are suggested, most notable first, and can be inserted and then edited. A sentence whose figure no longer matches the data is flagged.',
      )}{' '}
      {counted === null
        ? t('reportScreen', 'Figures count the cases marked complete.')
        : t('reportScreen', 'Figures count the cases marked complete ({count} now).', {
            count: counted,
          })}
    </p>
  );
}

function Editor({
  inspection,
  framework,
  initial,
}: {
  inspection: Inspection;
  framework: Framework;
  initial: ReportDraft;
}) {
  const { draft, saveState, update, flush } = useReportDraft(inspection.id, initial);
  const { computing, result, figures, suggestionsOf, caseRefs } = useReportFigures(
    inspection,
    framework,
  );
  const text = { figures, onBlur: flush };
  const firstFigures = computing && result === null;

  // Keyed by the version, not the object: the frame hands a fresh framework object on each read.
  const published = useLive(() => hasBenchmarks(framework), [frameworkKey(framework)]);

  return (
    <div class="ca-report-editor">
      <div class="ca-report-editor__bar">
        <SaveStatus state={saveState} />
        <PreviewLink inspectionId={inspection.id} />
      </div>
      <EditorIntro counted={result ? result.cases.counted : null} />
      {firstFigures && <Loading what={t('reportScreen', 'Working out the figures')} />}

      <PartsList framework={framework} />

      <LookAndCredits
        inspection={inspection}
        publishedFiguresAvailable={published.status === 'ready' && published.value}
        draft={draft}
        figures={figures}
        update={update}
        flush={flush}
        newId={newId}
      />

      <ReportPart id="part-summary" title={t('reportScreen', 'Foreword and summary')}>
        <ReportTextArea
          {...text}
          id="report-foreword"
          label={t('reportScreen', 'Foreword (optional)')}
          hint={t(
            'reportScreen',
            'Printed before the contents, signed as your organisation wishes.',
          )}
          value={draft.foreword}
          onInput={(foreword) => update({ ...draft, foreword })}
        />
        <ReportTextArea
          {...text}
          id="report-summary"
          label={t('reportScreen', 'Summary')}
          hint={t(
            'reportScreen',
            'What the inspection found, in a few paragraphs. Leave a blank line between paragraphs.',
          )}
          value={draft.summary}
          rows={8}
          onInput={(summary) => update({ ...draft, summary })}
        />
        <h3 class="govuk-heading-s">{t('reportScreen', 'Key findings in the summary')}</h3>
        <KeyFindingsEditor
          id="summary-finding"
          items={draft.keyFindings}
          figures={figures}
          suggestions={result ? suggestionsOf(result.questions, 'summary') : []}
          where="summary"
          onChange={(keyFindings: KeyFinding[], immediate) =>
            update({ ...draft, keyFindings }, immediate)
          }
          onBlur={flush}
          newId={newId}
        />
      </ReportPart>

      <ReportPart id="part-recommendations" title={t('reportScreen', 'Recommendations')}>
        <RecommendationsEditor
          items={draft.recommendations}
          onChange={(recommendations, immediate) =>
            update({ ...draft, recommendations }, immediate)
          }
          onBlur={flush}
          newId={newId}
        />
      </ReportPart>

      <ReportPart id="part-examples" title={t('reportScreen', 'Case and good-practice examples')}>
        <ExamplesEditor
          items={draft.examples}
          inspection={inspection}
          framework={framework}
          caseRefs={caseRefs}
          onChange={(examples, immediate) => update({ ...draft, examples }, immediate)}
          onBlur={flush}
          newId={newId}
        />
      </ReportPart>

      {framework.sections.map((section) => (
        <ChapterPart
          key={section.id}
          section={section}
          draft={draft}
          questions={result ? result.questions : []}
          figures={figures}
          suggestionsOf={suggestionsOf}
          update={update}
          flush={flush}
          newId={newId}
        />
      ))}

      <ReportPart id="part-conclusion" title={t('reportScreen', 'Conclusion')}>
        <ReportTextArea
          {...text}
          id="report-conclusion"
          label={t('reportScreen', 'Conclusion of the report')}
          hint={t('reportScreen', 'Printed as the report’s last chapter, before the appendices.')}
          value={draft.conclusion}
          onInput={(conclusion) => update({ ...draft, conclusion })}
        />
      </ReportPart>
    </div>
  );
}
