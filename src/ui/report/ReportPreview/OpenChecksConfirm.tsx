/**
 * The step before the PDF, the HTML file, the Word file or the print view is produced while the
 * report still has open checks (a name or a phone number in an example, a figure the data no
 * longer gives): every check listed again, and the choice to go back and fix them or to produce
 * the report anyway. A published report must never name a child, so this is never skipped
 * silently.
 */
import { useEffect, useRef } from 'preact/hooks';
import { plural } from '../../../core';
import { WarningText } from '../../components/WarningText';

export type ProduceAction = 'pdf' | 'html' | 'word' | 'print';

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
  const what = { pdf: 'PDF', html: 'HTML file', word: 'Word file', print: 'print view' }[action];
  return (
    <section
      class="ca-report-preview__confirm"
      aria-labelledby="open-checks-heading"
      data-open-checks
    >
      <h2 class="govuk-heading-m" id="open-checks-heading" tabIndex={-1} ref={heading}>
        The report has {plural(checks.length, 'open check')}
      </h2>
      <WarningText>
        Check these before the {what} is made: a published report must not name anyone or give their
        contact details, and its figures must be the data’s.
      </WarningText>
      <ul class="govuk-list govuk-list--bullet">
        {checks.map((check) => (
          <li key={check}>{check}</li>
        ))}
      </ul>
      <div class="govuk-button-group">
        <a class="govuk-button" data-module="govuk-button" href={editorHref}>
          Go back and fix them
        </a>
        <button
          type="button"
          class="govuk-button govuk-button--warning"
          data-module="govuk-button"
          onClick={onProduce}
        >
          {action === 'print' ? 'Print anyway' : `Make the ${what} anyway`}
        </button>
        <button type="button" class="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
