/**
 * `npm run messages`: brings the Welsh PO files up to date with the messages the source uses.
 * New messages are added untranslated, messages no longer used are removed, translations kept.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { extractMessages } from './extractMessages';
import { WELSH_DIR, writeWelshFiles } from './poFiles';

const { messages, problems } = extractMessages();
for (const problem of problems) console.error(problem);
const written = new Set(writeWelshFiles(messages));
for (const name of readdirSync(WELSH_DIR)) {
  const file = join(WELSH_DIR, name);
  if (name.endsWith('.po') && !written.has(file)) rmSync(file);
}
console.log(`${messages.length} messages in ${written.size} files`);
process.exitCode = problems.length > 0 ? 1 : 0;
