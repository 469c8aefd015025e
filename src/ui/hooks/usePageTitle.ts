import { useEffect } from 'preact/hooks';

/** Sets the browser tab's title, GOV.UK style: "Page – Case Audit". */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Case Audit`;
  }, [title, hasErrors]);
}
