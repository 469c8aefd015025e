/**
 * Which team server a device talks to (issue 14): the one that served the app (same origin, the
 * session a cookie), or one connected to by its address (another origin, the session a token the
 * app sends as `Authorization: Bearer`). The address a person types is read here, to the origin
 * the browser sends as `Origin` and the server's APP_ORIGINS lists.
 */
import { z } from 'zod';

/** Where the team server is, and the session's token when it is at another address. */
export const teamConnectionSchema = z.strictObject({
  /** The server's origin (`https://caseaudit.example.gov.uk`); '' for the app's own origin. */
  address: z.string(),
  token: z.string().min(1).optional(),
});
export type TeamConnection = z.infer<typeof teamConnectionSchema>;

/** The app's own origin: the team server that served it, with the session cookie. */
export const SAME_ORIGIN: TeamConnection = { address: '' };

export const ADDRESS_MISSING = 'Enter the team server’s address';
export const ADDRESS_NOT_HTTPS =
  'Enter an address starting with https:// (http:// only for this computer, localhost)';

export type ServerAddress =
  | { readonly status: 'ok'; readonly address: string }
  | { readonly status: 'problem'; readonly message: string };

/** Names of this computer, the only ones an unencrypted (http://) address may have. */
const THIS_COMPUTER = new Set(['localhost', '127.0.0.1', '[::1]']);

const DEFAULT_PORT: Readonly<Record<string, string>> = { https: '443', http: '80' };

/**
 * A typed address as an origin: scheme and host lower-cased, a default port and anything after
 * the host (a path, `/team`) left out, as the browser writes `Origin`. https only, but for this
 * computer: a session token must never cross a network in the clear.
 */
export function readServerAddress(typed: string): ServerAddress {
  const text = typed.trim();
  if (text === '') return { status: 'problem', message: ADDRESS_MISSING };
  const parts = /^(https?):\/\/([^/?#\s@]+)(?:[/?#]\S*)?$/i.exec(text);
  const host = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i.exec(parts?.[2] ?? '');
  if (!parts?.[1] || !host?.[1] || Number(host[2] ?? 0) > 65_535) {
    return { status: 'problem', message: ADDRESS_NOT_HTTPS };
  }
  const scheme = parts[1].toLowerCase();
  const name = host[1].toLowerCase();
  if (scheme === 'http' && !THIS_COMPUTER.has(name)) {
    return { status: 'problem', message: ADDRESS_NOT_HTTPS };
  }
  const port = host[2] && host[2] !== DEFAULT_PORT[scheme] ? `:${Number(host[2])}` : '';
  return { status: 'ok', address: `${scheme}://${name}${port}` };
}
