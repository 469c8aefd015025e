/**
 * What the lead chooses from when moving an inspection: the versions it may move to, the renamed
 * questions and answer codes to map, and how a planned answer reads.
 */
import {
  type AnswerValue,
  compareVersions,
  describeAnswer,
  type Framework,
  type FrameworkIndex,
  indexFramework,
} from '../../../core';
import type { FrameworkRecord } from '../../../db/database';

/**
 * Later versions of the inspection's framework, and frameworks duplicated from it (which record
 * it as where they came from), newest first.
 */
export function moveTargets(
  current: FrameworkRecord,
  library: readonly FrameworkRecord[],
): FrameworkRecord[] {
  return library
    .filter(
      (r) =>
        (r.id === current.id && compareVersions(r.version, current.version) > 0) ||
        (r.id !== current.id && r.framework.basedOn?.id === current.id),
    )
    .sort((a, b) => a.title.localeCompare(b.title) || compareVersions(b.version, a.version));
}

export type ItemChoice = { id: string; label: string };

function itemLabel(index: FrameworkIndex, id: string): string {
  const text = index.itemById.get(id)?.item.text ?? id;
  return `${text.length > 90 ? `${text.slice(0, 89)}…` : text} (${id})`;
}

/** Items of the old version missing from the new one, and the new items they could become. */
export function renamedItemChoices(from: Framework, to: Framework) {
  const a = indexFramework(from);
  const b = indexFramework(to);
  const missing = a.items
    .filter((e) => !b.itemById.has(e.item.id))
    .map((e) => ({ id: e.item.id, label: itemLabel(a, e.item.id) }));
  const added = b.items
    .filter((e) => !a.itemById.has(e.item.id))
    .map((e) => ({ id: e.item.id, label: itemLabel(b, e.item.id) }));
  return { missing, added };
}

export type CodeChoice = {
  /** The item's id in the old version. */
  itemId: string;
  itemLabel: string;
  /** Codes of the old scale the new one does not have, with their labels. */
  missing: { code: string; label: string }[];
  /** Every code of the new scale. */
  options: { code: string; label: string }[];
};

/** For each item kept or mapped, the answer codes of its old scale that the new scale lacks. */
export function renamedCodeChoices(
  from: Framework,
  to: Framework,
  items: Readonly<Record<string, string>>,
): CodeChoice[] {
  const a = indexFramework(from);
  const b = indexFramework(to);
  const out: CodeChoice[] = [];
  for (const entry of a.items) {
    const target = b.itemById.get(items[entry.item.id] ?? entry.item.id);
    const sa = entry.item.scale === undefined ? undefined : a.scaleById.get(entry.item.scale);
    const sb = target?.item.scale === undefined ? undefined : b.scaleById.get(target.item.scale);
    if (!sa || !sb) continue;
    const kept = new Set(sb.options.map((o) => o.value));
    const missing = sa.options
      .filter((o) => !kept.has(o.value))
      .map((o) => ({ code: o.value, label: o.label }));
    if (missing.length === 0) continue;
    out.push({
      itemId: entry.item.id,
      itemLabel: itemLabel(a, entry.item.id),
      missing,
      options: sb.options.map((o) => ({ code: o.value, label: o.label })),
    });
  }
  return out;
}

/** An answer's value in words, in the version it belongs to. */
export function answerWords(
  framework: Framework,
  itemId: string,
  value: AnswerValue | undefined,
): string {
  return describeAnswer(indexFramework(framework), itemId, value);
}
