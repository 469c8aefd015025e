/** The steps after a framework file is checked: confirm it, already in the library, added. */
import type { RefObject } from 'preact';
import { NotificationBanner } from '../../components/NotificationBanner';
import { t } from '../../i18n/translate';
import { frameworkHref } from '../Frameworks/frameworkStatus';
import { FrameworkSummary } from './FrameworkSummary';
import type { Step } from './importProblems';

type StepProps<S extends Step['step']> = {
  state: Extract<Step, { step: S }>;
  headingRef: RefObject<HTMLHeadingElement>;
  onChooseAgain: () => void;
};

export function ConfirmStep({
  state,
  headingRef,
  onChooseAgain,
  onAdd,
}: StepProps<'confirm'> & { onAdd: () => void }) {
  return (
    <>
      <h2 class="govuk-heading-m" ref={headingRef} tabIndex={-1}>
        {t('frameworks', 'The file is a valid framework')}
      </h2>
      <p class="govuk-body">
        {t('frameworks', 'Check it is the framework you expect, then add it.')}
      </p>
      <FrameworkSummary fileName={state.fileName} framework={state.framework} />
      <div class="govuk-button-group">
        <button
          type="button"
          class="govuk-button"
          disabled={state.saving}
          aria-disabled={state.saving}
          onClick={onAdd}
        >
          {t('frameworks', 'Add to the library')}
        </button>
        <button
          type="button"
          class="govuk-button govuk-button--secondary"
          disabled={state.saving}
          onClick={onChooseAgain}
        >
          {t('frameworks', 'Choose a different file')}
        </button>
      </div>
    </>
  );
}

export function InLibraryStep({ state, headingRef, onChooseAgain }: StepProps<'in-library'>) {
  return (
    <>
      <h2 class="govuk-heading-m" ref={headingRef} tabIndex={-1}>
        {t('frameworks', 'This framework is already in the library')}
      </h2>
      <p class="govuk-body">
        {t(
          'frameworks',
          'The file is the same as version {version} in your library, so there is nothing to add.',
          { version: state.framework.version },
        )}{' '}
        <a class="govuk-link" href={frameworkHref(state.key)}>
          {t('frameworks', 'Read {title}', { title: state.framework.title })}
        </a>
      </p>
      <FrameworkSummary fileName={state.fileName} framework={state.framework} />
      <button type="button" class="govuk-button govuk-button--secondary" onClick={onChooseAgain}>
        {t('frameworks', 'Choose a different file')}
      </button>
    </>
  );
}

export function DoneStep({ state, headingRef, onChooseAgain }: StepProps<'done'>) {
  return (
    <>
      <NotificationBanner
        type={state.status === 'added' ? 'success' : 'information'}
        heading={
          state.status === 'added'
            ? t('frameworks', 'Framework added to the library')
            : t(
                'frameworks',
                'This framework version is already in your library; nothing was changed',
              )
        }
      >
        <p class="govuk-body">
          <a class="govuk-notification-banner__link" href={frameworkHref(state.key)}>
            {t('frameworks', 'Read {title}', { title: state.title })}
          </a>
        </p>
      </NotificationBanner>
      <h2 class="govuk-heading-m" ref={headingRef} tabIndex={-1}>
        {t('frameworks', 'What next')}
      </h2>
      <ul class="govuk-list">
        <li>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            onClick={onChooseAgain}
          >
            {t('frameworks', 'Import another framework')}
          </button>
        </li>
        <li>
          <a class="govuk-link" href="/frameworks">
            {t('frameworks', 'Back to the framework library')}
          </a>
        </li>
      </ul>
    </>
  );
}
