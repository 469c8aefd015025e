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
};
