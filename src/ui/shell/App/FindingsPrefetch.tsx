import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';

/** An inspection's page other than its findings: `/inspections/<id>` and below. */
const INSPECTION_PAGE = /^\/inspections\/(?!new$|open-file$)[^/]+(?:\/(?!findings(?:\/|$)).*)?$/;

/**
 * The findings are the usual next step from an inspection's pages: on one, ready them while the
 * page is idle (prefetchFindings.ts, fetched only then, so the first screen stays small).
 */
export function FindingsPrefetch() {
  const { path } = useLocation();
  const onInspectionPage = INSPECTION_PAGE.test(path);
  useEffect(() => {
    if (!onInspectionPage) return undefined;
    let stop: (() => void) | undefined;
    let left = false;
    import('./prefetchFindings').then(
      (module) => {
        if (!left) stop = module.prefetchFindings();
      },
      () => undefined,
    );
    return () => {
      left = true;
      stop?.();
    };
  }, [onInspectionPage]);
  return null;
}
