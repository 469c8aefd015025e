/**
 * The step before the PDF, the HTML file, the Word file or the print view is produced while the
 * report still has open checks (a name or a phone number in an example, a figure the data no
 * longer gives): every check listed again, and the choice to go back and fix them or to produce
 * the report anyway. A published report must never name a child, so this is never skipped
 * silently.
 */
import { useEffect, useRef } from 'preact/hooks';
import { WarningText } from '../../components/WarningText';
import { t } from '../../i18n/translate';

export type ProduceAction = 'pdf' | 'html' | 'word' | 'print';

/** Why the checks matter, said for what is about to be made. */
function warning(action: ProduceAction): string {
  switch (action) {
    case 'pdf':
      return t(
        'reportScreen',
        'Check these before the PDF is made: a published report must not name anyone or give their contact details, and its figures must be the data’s.',
      );
    case 'html':
      return t(
        'reportScreen',
        'Check these before the HTML file is made: a published report must not name anyone or give their contact details, and its figures must be the data’s.',
      );
    case 'word':
      return t(
        'reportScreen',
        'Check these before the Word file is made: a published report must not name anyone or give their contact details, and its figures must be the data’s.',
      );
    case 'print':
      return t(
        'reportScreen',
        'Check these before the print view is made: a published report must not name anyone or give their contact details, and its figures must be the data’s.',
      );
  }
}

function produceLabel(action: ProduceAction): string {
  switch (action) {
    case 'pdf':
      return t('reportScreen', 'Make the PDF anyway');
    case 'html':
      return t('reportScreen', 'Make the HTML file anyway');
    case 'word':
      return t('reportScreen', 'Make the Word file anyway');
    case 'print':
      return t('reportScreen', 'Print anyway');
  }
}

export function OpenChecksConfirm({
  action,
  checks,
  editorHref,
  onProduce,
  onCancel,
}: {
  action: ProduceAction;
  checks: readonly string[];
  /** The report editor, where the checks are fixed. */
  editorHref: string;
  onProduce: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [action]);

  return (
    <section
      class="ca-report-preview__confirm"
      aria-labelledby="open-checks-heading"
      data-open-checks
    >
      <h2 class="govuk-heading-m" id="open-checks-heading" tabIndex={-1} ref={heading}>
        {t(
          'reportScreen',
          'The report has {count, plural, one {# open check} other {# open checks}}',
          { count: checks.length },
        )}
      </h2>
      <WarningText>{warning(action)}</WarningText>
      <ul class="govuk-list govuk-list--bullet">
        {checks.map((check) => (
          <li key={check}>{check}</li>
        ))}
      </ul>
      <div class="govuk-button-group">
        <a class="govuk-button" data-module="govuk-button" href={editorHref}>
          {t('reportScreen', 'Go back and fix them')}
        </a>
        <button
          type="button"
          class="govuk-button govuk-button--warning"
          data-module="govuk-button"
          onClick={onProduce}
        >
          {produceLabel(action)}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={onCancel}>
          {t('reportScreen', 'Cancel')}
        </button>
      </div>
    </section>
  );
}
