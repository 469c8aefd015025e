/**
 * The draft as an inspector scores it: the case's task list and each task's questions, with the
 * scoring screens' own controls, rules applied as answers change. The test case's answers are
 * held in this tab's memory only, stored nowhere, and gone on reload.
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  type AnswerValue,
  type CasePlace,
  caseProgress,
  type Framework,
  indexFramework,
} from '../../../core';
import { t } from '../../i18n/translate';
import { TaskStatus } from '../../scoring/CasePage/taskStatus';
import { EditorFrame } from './EditorFrame';
import { draftPath } from './editorLinks';
import { PreviewQuestion } from './PreviewQuestion';
import type { DraftEditor } from './useDraftEditor';

/** Each draft's test case, in memory only. */
const testCases = new Map<string, Map<string, AnswerValue>>();

export default function DraftPreview({ draftId }: { draftId: string }) {
  return (
    <EditorFrame draftId={draftId} title={t('frameworkEditor', 'Preview')} current="preview">
      {(editor) => <Preview editor={editor} />}
    </EditorFrame>
  );
}

function Preview({ editor }: { editor: DraftEditor }) {
  const { draftId, problems, framework } = editor;
  if (problems === null) {
    return <p class="govuk-body">{t('frameworkEditor', 'Checking the draft…')}</p>;
  }
  if (problems.length > 0) {
    return (
      <p class="govuk-body">
        {t(
          'frameworkEditor',
          'The preview shows the framework once it passes its checks: fix the {count, plural, one {# problem} other {# problems}} listed above first.',
          { count: problems.length },
        )}
      </p>
    );
  }
  return <TestCase draftId={draftId} framework={framework} />;
}

function TestCase({ draftId, framework }: { draftId: string; framework: Framework }) {
  const { query } = useLocation();
  const [answers, setAnswers] = useState(() => {
    const held = testCases.get(draftId) ?? new Map<string, AnswerValue>();
    testCases.set(draftId, held);
    return new Map(held);
  });
  const [place, setPlace] = useState<CasePlace>({});
  const index = indexFramework(framework);
  const progress = caseProgress(index, (id) => answers.get(id), place);
  const at = Math.min(Number(query.task ?? 0) || 0, Math.max(0, progress.tasks.length - 1));
  const current = progress.tasks[at];
  const answer = (id: string, value: AnswerValue) => {
    const next = new Map(answers);
    if (value === null) next.delete(id);
    else next.set(id, value);
    testCases.set(draftId, next);
    setAnswers(next);
  };
  return (
    <>
      <p class="govuk-body">
        {t(
          'frameworkEditor',
          'Answer a test case as an inspector would. Its answers stay in this tab only: they are not stored, and go when the page is reloaded.',
        )}
      </p>
      <PlaceFields framework={framework} place={place} onChange={setPlace} />
      <h2 class="govuk-heading-m">{t('frameworkEditor', 'Tasks')}</h2>
      <ul class="govuk-task-list">
        {progress.tasks.map((task, i) => (
          <li class="govuk-task-list__item govuk-task-list__item--with-link" key={task.task.id}>
            <div class="govuk-task-list__name-and-hint">
              <a
                class="govuk-link govuk-task-list__link"
                href={draftPath(draftId, `/preview?task=${i}`)}
                aria-current={i === at ? 'step' : undefined}
                aria-describedby={`preview-task-${i}-status`}
              >
                {task.task.title}
              </a>
            </div>
            <TaskStatus state={task.state} id={`preview-task-${i}-status`} />
          </li>
        ))}
      </ul>
      {current && (
        <section aria-labelledby="preview-task-heading">
          <h2 class="govuk-heading-l" id="preview-task-heading">
            {current.task.title}
          </h2>
          <p class="govuk-body" data-testid="preview-progress">
            {t(
              'frameworkEditor',
              '{answered} of {count, plural, one {# question} other {# questions}} answered.',
              { answered: current.answered, count: current.applicable },
            )}
          </p>
          {current.task.itemIds
            .filter((id) => !progress.hidden.has(id))
            .map((id) => (
              <PreviewQuestion
                key={id}
                entry={index.itemById.get(id)!}
                index={index}
                value={answers.get(id) ?? null}
                onAnswer={(value) => answer(id, value)}
              />
            ))}
          {current.hidden.length > 0 && (
            <p class="govuk-body" data-testid="preview-not-asked">
              {t(
                'frameworkEditor',
                'Not asked for this case: {count, plural, one {# question} other {# questions}}.',
                { count: current.hidden.length },
              )}
            </p>
          )}
        </section>
      )}
    </>
  );
}

function PlaceFields({
  framework,
  place,
  onChange,
}: {
  framework: Framework;
  place: CasePlace;
  onChange: (place: CasePlace) => void;
}) {
  const lists = [
    {
      key: 'areaId' as const,
      label: t('frameworkEditor', 'The test case’s area'),
      entries: framework.areas ?? [],
    },
    {
      key: 'stratumId' as const,
      label: t('frameworkEditor', 'The test case’s stratum'),
      entries: framework.strata ?? [],
    },
  ].filter((l) => l.entries.length > 0);
  return (
    <>
      {lists.map((l) => (
        <div class="govuk-form-group" key={l.key}>
          <label class="govuk-label" for={`preview-${l.key}`}>
            {l.label}
          </label>
          <select
            id={`preview-${l.key}`}
            class="govuk-select"
            value={place[l.key] ?? ''}
            onChange={(e) =>
              onChange({ ...place, [l.key]: (e.target as HTMLSelectElement).value || undefined })
            }
          >
            <option value="">{t('frameworkEditor', 'None chosen')}</option>
            {l.entries.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </div>
      ))}
    </>
  );
}
