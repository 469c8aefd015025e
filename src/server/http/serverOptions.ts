/** What the team server's HTTP app is built from: its database, its clock, how cookies are sent. */
import type { Database } from '../store/database';

export type ServerOptions = {
  readonly db: Database;
  readonly now: () => Date;
  /** `Secure` cookies: true behind TLS (always in use); false only for http://localhost. */
  readonly secureCookies: boolean;
  /** The built app to serve beside the API, if any. */
  readonly appDir?: string;
  /** The largest request body taken, in bytes (larger: 413). */
  readonly bodyLimit?: number;
  /** The app's version, written in the files a pull makes. */
  readonly appVersion?: string;
  /** Request logging (off in tests). */
  readonly logger?: boolean;
  /** Whether to take the client's address from X-Forwarded-For (behind a reverse proxy). */
  readonly trustProxy?: boolean;
  /**
   * The exact origins of copies of the app served elsewhere (the inspectorate's own site, a
   * laptop's `npm start`) that may call the API from the browser (CORS), with a token session.
   */
  readonly appOrigins?: readonly string[];
};

/**
 * APP_ORIGINS as the server takes it: comma-separated exact origins. Anything that is not one
 * (a path, a trailing slash, no scheme) stops the server at start, rather than letting no one in.
 */
export function appOriginsFrom(text: string | undefined): string[] {
  const listed = (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (const origin of listed) {
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new Error(
        `APP_ORIGINS: "${origin}" is not an origin; list them like https://caseaudit.example.gov.uk (no path, no slash at the end), separated by commas.`,
      );
    }
  }
  return listed;
}
