import type { ComponentChildren } from 'preact';

/** One row of a GOV.UK summary list (`<dl class="govuk-summary-list">`): a key and its value. */
export function SummaryRow({
  label,
  valueClass = '',
  children,
}: {
  label: ComponentChildren;
  /** Extra classes for the value. */
  valueClass?: string;
  children: ComponentChildren;
}) {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd
        class={valueClass ? `govuk-summary-list__value ${valueClass}` : 'govuk-summary-list__value'}
      >
        {children}
      </dd>
    </div>
  );
}
