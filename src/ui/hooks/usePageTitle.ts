import { useEffect } from 'preact/hooks';
import { t } from '../i18n/translate';

/** Sets the browser tab's title, GOV.UK style: "Page – Case Audit". */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = hasErrors
      ? t('shell', 'Error: {title} – Case Audit', { title })
      : t('shell', '{title} – Case Audit', { title });
  }, [title, hasErrors]);
}
