/** "an area", "a stratum", "an inspection file": the article English puts before the word. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
