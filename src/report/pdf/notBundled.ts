/**
 * Stands in for libraries jsPDF can load for features reports never use (HTML rendering, SVG):
 * see the aliases in vite.config.ts. Reaching this is a bug.
 */
export default function notBundled(): never {
  throw new Error('this part of the PDF library is not included in Case Audit');
}
