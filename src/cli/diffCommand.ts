import {
  type DiffEntry,
  diffFrameworks,
  type Framework,
  loadFramework,
  plural,
  suggestVersion,
} from '../core';
import { type CliIo, readTextOrSay } from './cliIo';

const USAGE = 'Usage: case-audit diff <a.json> <b.json> [--format text|json]';

const KIND_WORDS: Record<DiffEntry['kind'], string> = {
  question: 'question',
  profileField: 'profile field',
  standard: 'standard',
  section: 'section',
  scale: 'scale',
  ratings: 'rating rules',
  translations: 'Welsh text',
};

const REASON_WORDS = {
  wording: 'wording only',
  added: 'things added',
  'removed-or-changed': 'things removed or changed in meaning',
} as const;

/** Reads and checks one framework file; prints its problems and returns null if it is not one. */
async function readFramework(file: string, io: CliIo): Promise<Framework | null> {
  const text = await readTextOrSay(io, file);
  if (text === null) return null;
  const result = loadFramework(text);
  if (result.status === 'ok') return result.value;
  io.err(`${file}: invalid — ${plural(result.errors.length, 'problem')}:`);
  for (const error of result.errors) io.err(`  ${error.path}: ${error.message}`);
  return null;
}

function entryLine(entry: DiffEntry): string {
  return `  ${KIND_WORDS[entry.kind]} ${entry.id}: ${entry.details.join('; ')}`;
}

/**
 * `case-audit diff <a.json> <b.json> [--format text|json]`: what changed from framework version
 * a to version b — added, removed and changed parts, each by id with what changed — and, for two
 * versions of one framework, the number suggested for b. Exit 0 when both files are frameworks
 * (whether or not they differ), 1 when either cannot be read or is not valid, 2 on wrong usage.
 */
export async function runDiff(args: string[], io: CliIo): Promise<number> {
  let format = 'text';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('-')) {
      io.err(`case-audit diff: unknown option "${arg}"\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 2 || (format !== 'text' && format !== 'json')) {
    io.err(USAGE);
    return 2;
  }
  const a = await readFramework(files[0]!, io);
  const b = await readFramework(files[1]!, io);
  if (!a || !b) return 1;
  const diff = diffFrameworks(a, b);
  const suggestion = a.id === b.id ? suggestVersion(a, b) : null;
  if (format === 'json') {
    io.out(JSON.stringify({ ...diff, suggestion }, null, 2));
    return 0;
  }
  io.out(
    `${diff.from} → ${diff.to}: ${plural(diff.added.length, 'part')} added, ${plural(diff.removed.length, 'part')} removed, ${plural(diff.changed.length, 'part')} changed`,
  );
  if (suggestion) {
    io.out(
      `Suggested number for the new version: ${suggestion.version} (${REASON_WORDS[suggestion.reason]})`,
    );
  }
  for (const [title, entries] of [
    ['Added', diff.added],
    ['Removed', diff.removed],
    ['Changed', diff.changed],
  ] as const) {
    if (entries.length === 0) continue;
    io.out(`\n${title}:`);
    for (const entry of entries) io.out(entryLine(entry));
  }
  return 0;
}
