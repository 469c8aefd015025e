/** What the report worker's handlers answer. */

export type ReportReply<T> =
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'missing'; readonly message: string };

export type PdfResult = {
  readonly bytes: ArrayBuffer;
  readonly pages: number;
  readonly title: string;
  /** Problems the lead should see (stale figures, names in examples). */
  readonly warnings: readonly string[];
};

export type WordResult = {
  readonly bytes: ArrayBuffer;
  readonly title: string;
  /** Problems the lead should see (stale figures, names in examples). */
  readonly warnings: readonly string[];
};
