/** Text into the report's HTML: always escaped, so the lead's words are never read as markup. */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Paragraphs the lead separated with a blank line, each with its line breaks joined. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** `<p class="…">text</p>`, escaped; the class left out when absent. */
export function para(text: string, className?: string): string {
  const cls = className ? ` class="${className}"` : '';
  return `<p${cls}>${escapeHtml(text)}</p>`;
}

/** Parts of the page, one a line; the parts a block left out (empty) leave no blank line. */
export function joinLines(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('\n');
}
