import { loadFramework, plural, summariseFramework } from '../core';
import { type CliIo, readTextOrSay } from './cliIo';

/**
 * `case-audit validate <file.json>...`: one line per valid file; every error with its path for
 * an invalid one. Exit 0 when all are valid, 1 when any is not, 2 on wrong usage.
 */
export async function runValidate(args: string[], io: CliIo): Promise<number> {
  const files = args.filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    io.err('Usage: case-audit validate <file.json>...');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const text = await readTextOrSay(io, file);
    if (text === null) {
      failed++;
      continue;
    }
    const result = loadFramework(text);
    if (result.status === 'ok') {
      const f = result.value;
      const s = summariseFramework(f);
      io.out(
        `${file}: valid — ${f.id}@${f.version}: ${plural(s.questions, 'question')} (${s.keyQuestions} key), ${plural(s.profileFields, 'profile field')}, ${plural(s.standards, 'standard')} in ${plural(s.sections, 'section')}`,
      );
    } else {
      failed++;
      io.err(`${file}: invalid — ${plural(result.errors.length, 'problem')}:`);
      for (const error of result.errors) io.err(`  ${error.path}: ${error.message}`);
    }
  }
  return failed > 0 ? 1 : 0;
}
