/** What a screen shows while its data loads: announced politely, no spinner flash. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p class="ca-loading" role="status">
      {what}…
    </p>
  );
}
