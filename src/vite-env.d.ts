/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_APP_VERSION?: string;
  /** The team servers at other addresses this build may connect to (vite.config.ts). */
  readonly VITE_TEAM_SERVER_ORIGINS?: string;
}

/** A PO message catalogue, read at build time into its translations (scripts/vite/poCatalogue.ts). */
declare module '*.po' {
  const catalogue: Readonly<Record<string, string>>;
  export default catalogue;
}
