/**
 * The edits every list of the report draft allows (key findings, recommendations, examples).
 * Typing waits for the autosave's pause; a structural change (add, move, remove, a choice) is
 * `immediate`: saved at once.
 */
export type ListChange<T> = (items: T[], immediate: boolean) => void;

export function listEditing<T>(items: readonly T[], onChange: ListChange<T>) {
  return {
    /** Changes item `i`: typing unless `immediate`. */
    patch: (i: number, patch: Partial<T>, immediate = false) =>
      onChange(
        items.map((item, j) => (j === i ? { ...item, ...patch } : item)),
        immediate,
      ),
    add: (item: T) => onChange([...items, item], true),
    remove: (i: number) =>
      onChange(
        items.filter((_, j) => j !== i),
        true,
      ),
    move: (from: number, to: number) => {
      const next = [...items];
      const [item] = next.splice(from, 1);
      next.splice(to, 0, item!);
      onChange(next, true);
    },
  };
}

export type ListEditing<T> = ReturnType<typeof listEditing<T>>;
