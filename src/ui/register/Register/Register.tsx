/**
 * The recommendations register of an inspection: each recommendation with its owner, RAG status
 * and open actions (overdue ones flagged), filtered by status and owner as the address says;
 * started from the framework's shipped recommendations or one at a time; imported from a file
 * and exported as one.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  type Framework,
  filterRecommendations,
  type Inspection,
  registerOwners,
} from '../../../core';
import { hasBuiltInRecommendations } from '../../../db/frameworks/builtInRecommendations';
import { loadRegister } from '../../../db/register/registerStore';
import { ErrorSummary } from '../../components/ErrorSummary';
import { InspectionFrame } from '../../components/InspectionFrame/InspectionFrame';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { useLive } from '../../hooks/useLive';
import { t } from '../../i18n/translate';
import { takeRegisterFlash } from '../common/flash';
import { NEW_RECOMMENDATION, recommendationHref } from '../common/registerLinks';
import { StoredRegisterProblem } from '../common/StoredRegisterProblem';
import { todayLocal } from '../common/today';
import { useRecordedBy } from '../common/useRecordedBy';
import { EmptyRegister } from './EmptyRegister';
import { type FileProblems, REGISTER_FILE_FIELD, RegisterFiles } from './RegisterFiles';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import { filterFromUrl } from './registerQuery';
import './Register.css';

export default function Register({ inspectionId }: { inspectionId: string }) {
  const [problems, setProblems] = useState<FileProblems | null>(null);
  return (
    <InspectionFrame
      inspectionId={inspectionId}
      heading={t('register', 'Recommendations register')}
      hasErrors={problems !== null}
    >
      {({ inspection, framework }) =>
        framework ? (
          <RegisterPage
            inspection={inspection}
            framework={framework.framework}
            problems={problems}
            onProblems={setProblems}
          />
        ) : (
          <p class="govuk-body">
            {t(
              'register',
              'The framework version this inspection uses is not on this device, so its register cannot be shown.',
            )}
          </p>
        )
      }
    </InspectionFrame>
  );
}

function RegisterPage({
  inspection,
  framework,
  problems,
  onProblems,
}: {
  inspection: Inspection;
  framework: Framework;
  problems: FileProblems | null;
  onProblems: (problems: FileProblems | null) => void;
}) {
  const { url } = useLocation();
  const register = useLive(() => loadRegister(inspection.id), [inspection.id]);
  const [message, setMessage] = useState<string | null>(null);
  const [by] = useRecordedBy(inspection);
  useEffect(() => setMessage(takeRegisterFlash()), []);
  const recordedBy = by || 'Unnamed team member';

  if (register.status === 'loading')
    return <Loading what={t('register', 'Loading the register')} />;
  if (register.status === 'failed' || register.value.status === 'invalid') {
    return (
      <StoredRegisterProblem
        errors={
          register.status === 'ready' && register.value.status === 'invalid'
            ? register.value.errors
            : []
        }
      />
    );
  }
  const all = register.value.recommendations;
  const filter = filterFromUrl(url);
  const shown = filterRecommendations(all, filter);
  // One list per set of problems: the summary takes focus each time it is handed a new one.
  const summary = useMemo(
    () =>
      problems
        ? [
            { href: `#${REGISTER_FILE_FIELD}`, text: problems.summary },
            ...problems.errors.map((e) => ({ text: `${e.path}: ${e.message}` })),
          ]
        : [],
    [problems],
  );
  return (
    <>
      <ErrorSummary errors={summary} />
      {message && <NotificationBanner type="success" heading={message} focus />}
      <p class="govuk-body">
        {t(
          'register',
          'The recommendations this service is answering, with who owns each, the local position, a RAG status, the actions with their due dates and the evidence.',
        )}
      </p>
      {all.length === 0 ? (
        <EmptyRegister
          inspectionId={inspection.id}
          framework={framework}
          shipped={hasBuiltInRecommendations(framework.id, framework.version)}
          by={recordedBy}
          onAdded={setMessage}
        />
      ) : (
        <>
          <a
            class="govuk-button govuk-button--secondary"
            href={recommendationHref(inspection.id, NEW_RECOMMENDATION)}
          >
            {t('register', 'Add a recommendation')}
          </a>
          <RegisterFilters
            inspectionId={inspection.id}
            filter={filter}
            owners={registerOwners(all)}
          />
          {shown.length === 0 ? (
            <p class="govuk-body">{t('register', 'No recommendations match these filters.')}</p>
          ) : (
            <RegisterTable
              inspectionId={inspection.id}
              recommendations={shown}
              today={todayLocal()}
              caption={
                shown.length === all.length
                  ? t(
                      'register',
                      '{count, plural, one {# recommendation} other {# recommendations}}',
                      { count: all.length },
                    )
                  : t(
                      'register',
                      '{shown} of {count, plural, one {# recommendation} other {# recommendations}}',
                      { shown: shown.length, count: all.length },
                    )
              }
            />
          )}
        </>
      )}
      <RegisterFiles
        inspection={inspection}
        framework={framework}
        by={recordedBy}
        problems={problems}
        onProblems={onProblems}
        onImported={setMessage}
      />
    </>
  );
}
