/**
 * Property: whatever is done to a valid framework file, loading it either succeeds or returns
 * problems, each with a place and a message. It never throws, and a file it accepts comes back
 * unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFramework, type ValidationResult } from '../../../../src/core';
import { checkFrameworkValue } from '../../../../src/core/framework/loadFramework';
import { richFramework } from './richFramework';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

const isContainer = (value: Json): value is Container =>
  value !== null && typeof value === 'object';

/** Walks into the document by a list of choices; returns the container and key reached. */
function locate(
  root: Container,
  choices: readonly number[],
): { parent: Container; key: string | number } | null {
  let place: { parent: Container; key: string | number } | null = null;
  let node: Json = root;
  for (const choice of choices) {
    if (!isContainer(node)) break;
    const keys: (string | number)[] = Array.isArray(node)
      ? node.map((_, i) => i)
      : Object.keys(node);
    if (keys.length === 0) break;
    place = { parent: node, key: keys[choice % keys.length]! };
    node = get(place.parent, place.key);
  }
  return place;
}

function get(parent: Container, key: string | number): Json {
  return (parent as Record<string | number, Json>)[key]!;
}

function set(parent: Container, key: string | number, value: Json) {
  (parent as Record<string | number, Json>)[key] = value;
}

/** Every object in the document that has a string `id`. */
function withIds(root: Json): { id: string }[] {
  const found: { id: string }[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isContainer(node)) continue;
    if (!Array.isArray(node) && typeof node.id === 'string') found.push(node as { id: string });
    stack.push(...(Array.isArray(node) ? node : Object.values(node)));
  }
  return found;
}

const otherValue: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string(),
  fc.boolean(),
  fc.constant<Json>(null),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.jsonValue() as fc.Arbitrary<Json>,
);

const choices = fc.array(fc.nat(), { minLength: 1, maxLength: 10 });

const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: choices }),
  fc.record({ op: fc.constant('retype' as const), at: choices, value: otherValue }),
  fc.record({
    op: fc.constant('random-string' as const),
    at: choices,
    value: fc.string({ unit: 'binary' }),
  }),
  fc.record({
    op: fc.constant('junk' as const),
    at: choices,
    key: fc.string(),
    value: fc.jsonValue() as fc.Arbitrary<Json>,
  }),
  fc.record({
    op: fc.constant('shuffle' as const),
    at: choices,
    order: fc.array(fc.nat(), { maxLength: 30 }),
  }),
  fc.record({ op: fc.constant('duplicate-id' as const), from: fc.nat(), to: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(root: Container, m: Mutation) {
  if (m.op === 'duplicate-id') {
    const objects = withIds(root);
    const source = objects[m.from % objects.length];
    const target = objects[m.to % objects.length];
    if (source && target) target.id = source.id;
    return;
  }
  const place = locate(root, m.at);
  if (!place) return;
  const { parent, key } = place;
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
      return;
    case 'retype':
    case 'random-string':
      set(parent, key, m.value);
      return;
    case 'junk': {
      const node = get(parent, key);
      if (Array.isArray(node)) node.push(m.value);
      else if (isContainer(node)) node[m.key] = m.value;
      else if (Array.isArray(parent)) parent.push(m.value);
      else parent[m.key] = m.value;
      return;
    }
    case 'shuffle': {
      const node = get(parent, key);
      const list = Array.isArray(node) ? node : Array.isArray(parent) ? parent : null;
      if (!list) return;
      // A permutation from the random numbers: repeatedly move one element to the end.
      for (const n of m.order) {
        if (list.length < 2) break;
        list.push(...list.splice(n % list.length, 1));
      }
    }
  }
}

function expectWellFormed(result: ValidationResult<unknown>) {
  if (result.status === 'ok') return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(typeof error.path).toBe('string');
    expect(error.path.length).toBeGreaterThan(0);
    expect(typeof error.message).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
  }
}

describe('loading a mutated framework', () => {
  it('is valid or names at least one problem with a place, and never throws (600 runs)', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const file = JSON.parse(JSON.stringify(richFramework())) as Container;
        for (const m of mutations) apply(file, m);
        const text = JSON.stringify(file);

        const fromText = loadFramework(text);
        const fromValue = checkFrameworkValue(JSON.parse(text));
        expectWellFormed(fromText);
        expectWellFormed(fromValue);
        expect(fromValue.status).toBe(fromText.status);
        if (fromText.status === 'ok') {
          accepted++;
          // What is accepted is the file itself, so exporting it gives back what was imported.
          expect(fromText.value).toEqual(JSON.parse(text));
        } else rejected++;
      }),
      { numRuns: 600 },
    );
    // Both outcomes are exercised: some mutations are harmless (shuffled prompts), most are not.
    expect(accepted).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(300);
  });
});
