import { usePageTitle } from '../../hooks/usePageTitle';

export default function NotFound() {
  usePageTitle('Page not found');
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">Page not found</h1>
        <p class="govuk-body">If you typed the web address, check it is correct.</p>
        <p class="govuk-body">
          If you pasted the web address, check you copied the entire address.
        </p>
        <p class="govuk-body">
          Go to{' '}
          <a href="/inspections" class="govuk-link">
            your inspections
          </a>{' '}
          or the{' '}
          <a href="/frameworks" class="govuk-link">
            framework library
          </a>
          .
        </p>
      </div>
    </div>
  );
}
