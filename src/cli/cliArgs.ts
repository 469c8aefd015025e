/**
 * Reads a command's options: `--name value` and `--name=value`, options that may be given
 * several times (`--cases a.csv --cases b.csv`), and flags without a value. One reader for
 * every command, so they all answer wrong usage in the same words.
 */
export type OptionSpec = {
  /** Options with one value; the last one given wins. */
  readonly values: readonly string[];
  /** Options that may be given several times, kept in order. */
  readonly lists?: readonly string[];
  /** Options without a value. */
  readonly flags?: readonly string[];
};

export type ReadOptions = {
  readonly values: Readonly<Record<string, string>>;
  readonly lists: Readonly<Record<string, readonly string[]>>;
  readonly flags: ReadonlySet<string>;
};

/** The options given, or a message naming the first argument that is wrong. */
export function readOptions(
  args: readonly string[],
  spec: OptionSpec,
): ReadOptions | { readonly problem: string } {
  const lists: Record<string, string[]> = {};
  for (const name of spec.lists ?? []) lists[name] = [];
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = arg.startsWith('--') ? arg.slice(2).split('=')[0]! : '';
    if (spec.flags?.includes(name) && !arg.includes('=')) {
      flags.add(name);
      continue;
    }
    const isList = name in lists;
    if (!isList && !spec.values.includes(name)) return { problem: `unknown argument "${arg}"` };
    const inline = arg.indexOf('=');
    const value = inline >= 0 ? arg.slice(inline + 1) : args[++i];
    if (value === undefined || value === '') return { problem: `--${name} needs a value` };
    if (isList) lists[name]!.push(value);
    else values[name] = value;
  }
  return { values, lists, flags };
}
