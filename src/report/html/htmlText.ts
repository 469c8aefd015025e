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

/** "Table 3: Cases by area"; just the caption when the template does not number it. */
export function numberedCaption(item: { number?: string; caption: string }): string {
  return item.number ? `${item.number}: ${item.caption}` : item.caption;
}

/** The id a numbered table or figure is linked by: "Table 3" → `table-3`. */
export function anchorOf(number: string): string {
  return number
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
