/**
 * The findings engine's peer in the bench: native SQLite (Debian's `sqlite3` command-line
 * shell), in memory, one wide row per case, computing the same counts as the engine's breakdown
 * by area in one GROUP BY query, timed by the shell itself (`.timer on`). The counts SQLite
 * gives are checked against the engine's before any time is printed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FindingsCase, FindingsResult, Framework, ItemFinding } from '../../src/core';

/** The SQLite shell's version, or why there is none. */
export function sqliteShell(): { version: string } | { skipped: string } {
  const found = () => {
    const run = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
    return run.status === 0 ? run.stdout.split(' ')[0]! : null;
  };
  const version = found();
  if (version) return { version };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) {
    return { skipped: 'no sqlite3 command-line shell (on Debian: apt-get install sqlite3)' };
  }
  // Its output goes to stderr: with --json, stdout carries the JSON alone.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const stdio: ['ignore', number, number] = ['ignore', 2, 2];
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio, env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'sqlite3'], { stdio, env });
  } catch {
    return { skipped: 'installing sqlite3 with apt-get failed' };
  }
  const installed = found();
  return installed ? { version: installed } : { skipped: 'sqlite3 not found after apt-get' };
}

type Column = { itemId: string; answer: string; sql: string };

/** Every question (and the choice profile field): each option, N/A, not known, no answer, hidden. */
function countedColumns(framework: Framework): Column[] {
  const scales = new Map(framework.scales.map((s) => [s.id, s]));
  const items = [
    ...framework.profile.filter((p) => p.kind === 'choice'),
    ...framework.sections.flatMap((s) => s.standards.flatMap((t) => t.questions)),
  ];
  const columns: Column[] = [];
  for (const item of items) {
    const rule = 'showWhen' in item ? item.showWhen : undefined;
    const shown =
      rule && 'question' in rule && rule.equals !== undefined
        ? `"${rule.question}" = '${String(rule.equals)}'`
        : null;
    const when = (test: string) => (shown ? `SUM(${shown} AND ${test})` : `SUM(${test})`);
    const q = `"${item.id}"`;
    for (const option of scales.get(item.scale ?? '')?.options ?? []) {
      columns.push({
        itemId: item.id,
        answer: option.value,
        sql: when(`${q} = '${option.value}'`),
      });
    }
    columns.push({ itemId: item.id, answer: 'na', sql: when(`${q} = 'na'`) });
    columns.push({ itemId: item.id, answer: 'not_known', sql: when(`${q} = 'not_known'`) });
    columns.push({ itemId: item.id, answer: '', sql: when(`${q} = ''`) });
    columns.push({
      itemId: item.id,
      answer: 'hidden',
      sql: shown ? `SUM(NOT (${shown}))` : '0',
    });
  }
  return columns;
}

/** The engine's count for one SQLite column. */
function engineCount(findings: readonly ItemFinding[], column: Column): number {
  const f = findings.find((x) => x.itemId === column.itemId);
  if (f?.type !== 'proportion') throw new Error(`no proportion finding ${column.itemId}`);
  if (column.answer === 'na') return f.notApplicable;
  if (column.answer === 'not_known') return f.notKnown;
  if (column.answer === '') return f.unanswered;
  if (column.answer === 'hidden') return f.hidden;
  return f.options.find((o) => o.value === column.answer)!.count;
}

function csvField(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/**
 * Times SQLite's GROUP BY over `cases` (`runs` times), after checking that its counts are the
 * engine's (`result`, a breakdown by area). Returns each run's time in ms.
 */
export function timeSqlite(
  framework: Framework,
  cases: readonly FindingsCase[],
  result: FindingsResult,
  runs: number,
): number[] {
  const columns = countedColumns(framework);
  const ids = [...new Set(columns.map((c) => c.itemId))];
  const dir = mkdtempSync(join(tmpdir(), 'case-audit-sqlite-'));
  try {
    const csv = join(dir, 'cases.csv');
    const lines = cases.map((kase) =>
      [kase.areaId, ...ids.map((id) => csvField(kase.values[id]))].join(','),
    );
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const table = `CREATE TABLE cases (area TEXT, ${ids.map((id) => `"${id}" TEXT`).join(', ')});`;
    const query = `SELECT area, ${columns.map((c) => c.sql).join(', ')} FROM cases GROUP BY area;`;
    const load = `${table}\n.mode csv\n.import ${csv} cases\n`;
    const shell = (script: string) =>
      execFileSync('sqlite3', [':memory:'], {
        input: script,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
    const groups = new Map(result.breakdown!.groups.map((g) => [g.key, g]));
    for (const row of shell(`${load}${query}\n`).trim().split('\n')) {
      const [area, ...counts] = row.split(',');
      const group = groups.get(area!)!;
      columns.forEach((column, i) => {
        const engine = engineCount([...group.profile, ...group.questions], column);
        if (Number(counts[i]) !== engine) {
          throw new Error(
            `SQLite counts ${counts[i]}, the engine ${engine}: ${area} ${column.sql}`,
          );
        }
      });
    }
    const timed = `${load}.output /dev/null\n.timer on\n${`${query}\n`.repeat(runs)}`;
    const times = [...shell(timed).matchAll(/Run Time: real ([\d.]+)/g)].map(
      (m) => Number(m[1]) * 1000,
    );
    // The last `runs` timings are the query's (the shell times every statement).
    return times.slice(-runs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
