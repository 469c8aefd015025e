import type { ComponentChildren } from 'preact';
import { t } from '../i18n/translate';

/** GOV.UK warning text: the "!" icon, and the words read as "Warning" by screen readers. */
export function WarningText({ children }: { children: ComponentChildren }) {
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">{t('common', 'Warning')}</span>
        {children}
      </strong>
    </div>
  );
}
