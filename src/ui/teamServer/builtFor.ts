/**
 * The team servers at other addresses this copy of the app was built to reach: its Content
 * Security Policy lets the page's requests go to those alone (TEAM_SERVER_ORIGINS at build,
 * vite.config.ts). Asked to connect to another, the app says so, rather than that no server
 * answered. Where the policy is not applied (the development server, tests): any.
 */
import { t } from '../i18n/translate';

const BUILT_FOR: readonly string[] | null = import.meta.env.PROD
  ? (import.meta.env.VITE_TEAM_SERVER_ORIGINS ?? '').split(',').filter((o: string) => o !== '')
  : null;

/** Why this build cannot reach `address` (an origin), or null when it can. */
export function notBuiltFor(address: string, builtFor = BUILT_FOR): string | null {
  if (builtFor === null || builtFor.includes(address)) return null;
  return builtFor.length === 0
    ? t(
        'teamServer',
        'This copy of Case Audit was set up to connect to no team server at another address: ask whoever runs it to add {address}',
        { address },
      )
    : t(
        'teamServer',
        'This copy of Case Audit can connect only to {servers}: ask whoever runs it to add {address}',
        { servers: builtFor.join(', '), address },
      );
}
