/**
 * After a crash or a killed browser: the app opened at its start page goes back to the case
 * that was open, and says that the work is there. Detected from the open-case marker a case
 * screen leaves while it is open (src/db/cases/openCaseMarkers.ts); a normal exit removes it.
 * The markers are loaded on demand, so the first screen stays small.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { NotificationBanner } from '../../components/NotificationBanner';
import { t } from '../../i18n/translate';
import { casePath } from '../CaseCommon/caseLinks';
import { formatSavedTime } from '../CaseCommon/formatTime';

type Restored = { caseId: string; inspectionId: string; ref: string; lastSavedAt: string | null };

const START_PAGES = ['/', '/inspections'];

export function CaseRecovery() {
  const { path, route } = useLocation();
  const [restored, setRestored] = useState<Restored | null>(null);
  const [shownOn, setShownOn] = useState<string | null>(null);

  const [dismissed, setDismissed] = useState(false);
  const arrived = useRef(false);

  // Once, at start-up.
  useEffect(() => {
    let cancelled = false;
    void import('../../../db/cases/openCaseMarkers')
      .then((store) => store.takeUncleanExit())
      .then((found) => {
        if (cancelled || !found) return;
        const target = casePath(found.inspectionId, found.caseId);
        setRestored(found);
        if (START_PAGES.includes(path)) {
          setShownOn(target);
          route(target, true);
        } else {
          setShownOn(path);
        }
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  // Shown until the inspector moves on from the page it first appeared on.
  useEffect(() => {
    if (shownOn === null) return;
    if (path === shownOn) arrived.current = true;
    else if (arrived.current) setDismissed(true);
  }, [path, shownOn]);

  if (!restored || dismissed || shownOn !== path) return null;
  const target = casePath(restored.inspectionId, restored.caseId);
  const heading = restored.lastSavedAt
    ? t('scoring', 'Restored your work on {ref}, last saved {time}', {
        ref: restored.ref,
        time: formatSavedTime(restored.lastSavedAt),
      })
    : t('scoring', 'Restored your work on {ref}', { ref: restored.ref });
  return (
    <NotificationBanner
      title={t('scoring', 'Your work is safe')}
      heading={heading}
      className="ca-recovery"
    >
      <p class="govuk-body">
        {t(
          'scoring',
          'Case Audit was closed without finishing normally. Every answer that was shown as saved is here.',
        )}{' '}
        {path !== target && (
          <a class="govuk-notification-banner__link" href={target}>
            {t('scoring', 'Go back to {ref}', { ref: restored.ref })}
          </a>
        )}
      </p>
    </NotificationBanner>
  );
}
