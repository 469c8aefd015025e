import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  type CurrentFigures,
  chapterDraftOf,
  checkReportText,
  currentFigures,
  type FindingsOptions,
  type Framework,
  type Inspection,
  type ItemFinding,
  type KeyFinding,
  type ProportionFinding,
  type ReportDraft,
} from '../../../core';
import { groupNamesOf, loadFindingsCases } from '../../../db/cases/findingsSource';
import {
  type AutosaveState,
  describeDraftFailure,
  loadReportDraft,
  ReportAutosave,
  type StoredDraft,
} from '../../../db/inspections/reportStore';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { inspectionHref } from '../../components/InspectionFrame/inspectionSections';
import { Loading } from '../../components/Loading';
import { useFindings } from '../../findings/Findings/useFindings';
import { useLive } from '../../hooks/useLive';
import { formatSavedTime } from '../../scoring/CaseCommon/formatTime';
import { ExamplesEditor } from './ExamplesEditor';
import { type GeneratedSentence, KeyFindingsEditor } from './KeyFindingsEditor';
import { RecommendationsEditor } from './RecommendationsEditor';
import './ReportEditor.css';

/**
 * The report editor: what no engine can write — foreword, summary and key findings,
 * recommendations, case and good-practice examples, each chapter's key findings and conclusion —
 * beside the sentences the data gives. Saved as it is typed, like answers.
 */
export default function ReportEditor({ inspectionId }: { inspectionId: string }) {
  return (
    <InspectionFrame inspectionId={inspectionId} heading="Report">
      {({ inspection, framework }) =>
        framework ? (
          <DraftLoader inspection={inspection} framework={framework.framework} />
        ) : (
          <p class="govuk-body">
            The framework this inspection is pinned to is not on this device, so its report cannot
            be written here.
          </p>
        )
      }
    </InspectionFrame>
  );
}

function DraftLoader({ inspection, framework }: { inspection: Inspection; framework: Framework }) {
  const [stored, setStored] = useState<StoredDraft | null>(null);
  useEffect(() => {
    let current = true;
    // Read once: the editor owns the text from then on, so a save never echoes back over typing.
    void loadReportDraft(inspection.id).then((s) => {
      if (current) setStored(s);
    });
    return () => {
      current = false;
    };
  }, [inspection.id]);
  if (stored === null) return <Loading what="Loading the report text" />;
  if (stored.status === 'invalid') {
    return (
      <div class="govuk-error-summary" role="alert">
        <h2 class="govuk-error-summary__title">The stored report text cannot be read</h2>
        <div class="govuk-error-summary__body">
          <p class="govuk-body">
            It was written by a different version of Case Audit. It has been left as it is.
          </p>
        </div>
      </div>
    );
  }
  return <Editor inspection={inspection} framework={framework} initial={stored.draft} />;
}

function SaveStatus({ state }: { state: AutosaveState }) {
  const text =
    state.kind === 'saved'
      ? `Saved ${formatSavedTime(state.at)}`
      : state.kind === 'saving' || state.kind === 'pending'
        ? 'Saving…'
        : state.kind === 'failed'
          ? `Not saved — ${state.reason === 'other' || state.reason === 'quota' || state.reason === 'closed' ? 'retrying: ' : ''}${describeDraftFailure(state.reason)}`
          : 'Changes are saved as you type';
  return (
    <p
      class={`govuk-body-s ca-report-editor__status${state.kind === 'failed' ? ' ca-report-editor__status--failed' : ''}`}
      data-save-state={state.kind}
      role="status"
    >
      {text}
    </p>
  );
}

const newId = () => crypto.randomUUID();

function Editor({
  inspection,
  framework,
  initial,
}: {
  inspection: Inspection;
  framework: Framework;
  initial: ReportDraft;
}) {
  const [draft, setDraft] = useState<ReportDraft>(initial);
  const [saveState, setSaveState] = useState<AutosaveState>({ kind: 'idle' });
  const autosave = useRef<ReportAutosave | null>(null);
  useEffect(() => {
    const saver = new ReportAutosave({ inspectionId: inspection.id });
    autosave.current = saver;
    const off = saver.onChange(setSaveState);
    return () => {
      off();
      void saver.close();
      autosave.current = null;
    };
  }, [inspection.id]);

  const update = (next: ReportDraft, immediate = false) => {
    setDraft(next);
    autosave.current?.change(next, immediate);
  };
  const flush = () => void autosave.current?.flush();

  // The figures the sentences state: the findings screen's default (complete cases).
  const cases = useLive(() => loadFindingsCases(inspection.id), [inspection.id]);
  const options: FindingsOptions = useMemo(
    () => ({
      completeOnly: true,
      names: groupNamesOf(inspection),
      ratingOverrides: inspection.ratingOverrides,
    }),
    [inspection],
  );
  const findings = useFindings(
    framework,
    cases.status === 'ready' ? cases.value.cases : null,
    options,
    inspection.updatedAt,
  );
  const result =
    findings.status === 'ready'
      ? findings.result
      : findings.status === 'computing'
        ? findings.previous
        : null;
  const figures: CurrentFigures | null = useMemo(
    () => (result ? currentFigures(result) : null),
    [result],
  );

  const questionText = useMemo(() => {
    const map = new Map<string, string>();
    for (const s of framework.sections)
      for (const st of s.standards) for (const q of st.questions) map.set(q.id, q.text);
    return map;
  }, [framework]);
  const sentencesOf = (items: readonly ItemFinding[]): GeneratedSentence[] =>
    items
      .filter((f): f is ProportionFinding => f.type === 'proportion' && f.sentence !== null)
      .map((finding) => ({ finding, about: questionText.get(finding.itemId) ?? finding.itemId }));
  const keySentences = result
    ? sentencesOf(result.questions.filter((f) => f.type === 'proportion' && f.key))
    : [];
  const caseRefs =
    cases.status === 'ready'
      ? cases.value.cases.map((c) => ({ ref: c.ref, areaId: c.areaId }))
      : [];

  const textArea = (
    id: string,
    label: string,
    hint: string,
    value: string,
    set: (value: string) => ReportDraft,
    rows = 6,
  ) => {
    const issues = figures ? checkReportText(value, figures) : [];
    return (
      <div class={`govuk-form-group${issues.length > 0 ? ' govuk-form-group--error' : ''}`}>
        <label class="govuk-label govuk-label--s" for={id}>
          {label}
        </label>
        <div class="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
        {issues.map((issue) => (
          <p
            class="govuk-error-message"
            key={`${issue.kind}-${issue.start}`}
            id={`${id}-issue-${issue.start}`}
          >
            <span class="govuk-visually-hidden">Check:</span> {issue.message}
          </p>
        ))}
        <textarea
          class={`govuk-textarea${issues.length > 0 ? ' govuk-textarea--error' : ''}`}
          id={id}
          rows={rows}
          value={value}
          aria-describedby={[`${id}-hint`, ...issues.map((i) => `${id}-issue-${i.start}`)].join(
            ' ',
          )}
          onInput={(event) => update(set((event.target as HTMLTextAreaElement).value))}
          onBlur={flush}
        />
      </div>
    );
  };

  const setChapter = (sectionId: string, patch: Partial<ReturnType<typeof chapterDraftOf>>) => ({
    ...draft,
    chapters: {
      ...draft.chapters,
      [sectionId]: { ...chapterDraftOf(draft, sectionId), ...patch },
    },
  });

  return (
    <div class="ca-report-editor">
      <div class="ca-report-editor__bar">
        <SaveStatus state={saveState} />
        <a
          class="govuk-button govuk-button--secondary ca-report-editor__preview"
          href={inspectionHref(inspection.id, '/report/preview')}
          data-module="govuk-button"
          draggable={false}
        >
          Preview the report
        </a>
      </div>
      <p class="govuk-body">
        Write what the figures cannot say. The figures, tables and charts come from the cases;
        sentences from the data can be inserted and then edited. A sentence whose figure no longer
        matches the data is flagged. Figures count the cases marked complete
        {result ? ` (${result.cases.counted} now)` : ''}.
      </p>
      {findings.status === 'computing' && result === null && (
        <Loading what="Working out the figures" />
      )}

      <nav class="ca-report-editor__parts" aria-labelledby="report-parts">
        <h2 class="govuk-heading-s" id="report-parts">
          Parts of the report
        </h2>
        <ul class="govuk-list">
          <li>
            <a class="govuk-link" href="#part-summary">
              Foreword and summary
            </a>
          </li>
          <li>
            <a class="govuk-link" href="#part-recommendations">
              Recommendations
            </a>
          </li>
          <li>
            <a class="govuk-link" href="#part-examples">
              Case and good-practice examples
            </a>
          </li>
          {framework.sections.map((s) => (
            <li key={s.id}>
              <a class="govuk-link" href={`#part-${s.id}`}>
                Chapter: {s.title}
              </a>
            </li>
          ))}
          <li>
            <a class="govuk-link" href="#part-conclusion">
              Conclusion
            </a>
          </li>
        </ul>
      </nav>

      <section class="ca-report-editor__part" aria-labelledby="part-summary">
        <h2 class="govuk-heading-m" id="part-summary" tabIndex={-1}>
          Foreword and summary
        </h2>
        {textArea(
          'report-foreword',
          'Foreword (optional)',
          'Printed before the contents, signed as your organisation wishes.',
          draft.foreword,
          (foreword) => ({ ...draft, foreword }),
        )}
        {textArea(
          'report-summary',
          'Summary',
          'What the inspection found, in a few paragraphs. Leave a blank line between paragraphs.',
          draft.summary,
          (summary) => ({ ...draft, summary }),
          8,
        )}
        <h3 class="govuk-heading-s">Key findings in the summary</h3>
        <KeyFindingsEditor
          id="summary-finding"
          items={draft.keyFindings}
          figures={figures}
          sentences={
            keySentences.length > 0 ? keySentences : result ? sentencesOf(result.questions) : []
          }
          onChange={(keyFindings: KeyFinding[], immediate) =>
            update({ ...draft, keyFindings }, immediate)
          }
          onBlur={flush}
          newId={newId}
        />
      </section>

      <section class="ca-report-editor__part" aria-labelledby="part-recommendations">
        <h2 class="govuk-heading-m" id="part-recommendations" tabIndex={-1}>
          Recommendations
        </h2>
        <RecommendationsEditor
          items={draft.recommendations}
          onChange={(recommendations, immediate) =>
            update({ ...draft, recommendations }, immediate)
          }
          onBlur={flush}
          newId={newId}
        />
      </section>

      <section class="ca-report-editor__part" aria-labelledby="part-examples">
        <h2 class="govuk-heading-m" id="part-examples" tabIndex={-1}>
          Case and good-practice examples
        </h2>
        <ExamplesEditor
          items={draft.examples}
          inspection={inspection}
          framework={framework}
          caseRefs={caseRefs}
          onChange={(examples, immediate) => update({ ...draft, examples }, immediate)}
          onBlur={flush}
          newId={newId}
        />
      </section>

      {framework.sections.map((section) => {
        const chapter = chapterDraftOf(draft, section.id);
        const inSection = result
          ? result.questions.filter((f) => section.standards.some((s) => s.id === f.standardId))
          : [];
        return (
          <section
            class="ca-report-editor__part"
            aria-labelledby={`part-${section.id}`}
            key={section.id}
          >
            <h2 class="govuk-heading-m" id={`part-${section.id}`} tabIndex={-1}>
              Chapter: {section.title}
            </h2>
            <h3 class="govuk-heading-s">Key findings</h3>
            <KeyFindingsEditor
              id={`chapter-${section.id}-finding`}
              items={chapter.keyFindings}
              figures={figures}
              sentences={sentencesOf(inSection)}
              onChange={(keyFindings, immediate) =>
                update(setChapter(section.id, { keyFindings }), immediate)
              }
              onBlur={flush}
              newId={newId}
            />
            {textArea(
              `chapter-${section.id}-conclusion`,
              'Conclusion',
              'The chapter’s closing paragraph.',
              chapter.conclusion,
              (conclusion) => setChapter(section.id, { conclusion }),
              4,
            )}
          </section>
        );
      })}

      <section class="ca-report-editor__part" aria-labelledby="part-conclusion">
        <h2 class="govuk-heading-m" id="part-conclusion" tabIndex={-1}>
          Conclusion
        </h2>
        {textArea(
          'report-conclusion',
          'Conclusion of the report',
          'Printed as the report’s last chapter, before the appendices.',
          draft.conclusion,
          (conclusion) => ({ ...draft, conclusion }),
        )}
      </section>
    </div>
  );
}
