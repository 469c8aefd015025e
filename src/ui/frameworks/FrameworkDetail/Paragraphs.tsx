/**
 * Plain text from a framework file, as paragraphs: a blank line starts a new one, a single line
 * break is kept. Always rendered as text, never as markup.
 */
export function Paragraphs({
  text,
  className = 'govuk-body',
}: {
  text: string;
  className?: string;
}) {
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i} class={`${className} ca-prose`}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
