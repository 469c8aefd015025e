import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/translate';

/** Whole seconds left until `until` (an ISO time), counting down each second; 0 once passed. */
export function useCountdown(until: string | null): number {
  const left = () => secondsUntil(until);
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    if (until === null) return;
    const timer = setInterval(() => {
      const now = left();
      setSeconds(now);
      if (now === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return seconds;
}

/** Whole seconds from now until `until` (an ISO time); 0 once passed. */
export function secondsUntil(until: string | null): number {
  return until === null ? 0 : Math.max(0, Math.ceil((Date.parse(until) - Date.now()) / 1000));
}

/** "Wait 20 seconds before trying again". */
export function waitText(seconds: number): string {
  return t(
    'protection',
    'Wait {seconds, plural, one {# second} other {# seconds}} before trying again',
    { seconds },
  );
}
