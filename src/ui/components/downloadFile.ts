/**
 * Saves a file through the browser's download, made here from memory: nothing leaves the
 * device but the file the user asked for. A Blob and an object URL, revoked a minute later
 * (some browsers read the file after `click()` returns).
 */
export function downloadFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // In the document so every browser follows it; the router ignores links with `download`.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
