/**
 * Saves a value as a pretty-printed JSON file through the browser's download. Nothing leaves
 * the device: the file is made here, from memory.
 */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // In the document so every browser follows it; the router ignores links with `download`.
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the file after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
