/**
 * Reproducible random numbers from a seed string. Written out in full so that anyone can redraw
 * a published sample with another implementation:
 *
 * 1. The key (the seed, or the seed plus a cell name) is encoded as UTF-8 bytes.
 * 2. Four 32-bit words are made from it: word k is FNV-1a (32-bit) over the byte k followed by
 *    the key's bytes, passed through MurmurHash3's fmix32 finaliser so that every input bit
 *    affects every output bit.
 * 3. The words are the state of a xoroshiro128+ generator (pure-rand's
 *    `xoroshiro128plusFromState`, in that order).
 * 4. A whole number in [0, n) is drawn by rejection, using the high part of the 32-bit output
 *    (the low bits of xoroshiro128+ are its weakest): with b = ⌊2³² / n⌋, draw x until
 *    x < b · n, then answer ⌊x / b⌋. No value is more likely than another.
 */

import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

const TWO_TO_32 = 0x1_0000_0000;

function fnv1a(prefix: number, bytes: Uint8Array): number {
  let hash = 0x811c9dc5 ^ prefix;
  hash = Math.imul(hash, 0x01000193);
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The four 32-bit state words for a key (step 2 above). Exported for tests and re-implementers. */
export function seedWords(key: string): [number, number, number, number] {
  const bytes = new TextEncoder().encode(key);
  const words: [number, number, number, number] = [
    fmix32(fnv1a(0, bytes)),
    fmix32(fnv1a(1, bytes)),
    fmix32(fnv1a(2, bytes)),
    fmix32(fnv1a(3, bytes)),
  ];
  // xoroshiro's all-zero state repeats zero for ever; no real key gets here, but guard anyway.
  if (words.every((w) => w === 0)) words[0] = 1;
  return words;
}

/** A xoroshiro128+ generator seeded from a key (steps 1–3). It is mutated as it is used. */
export function seededGenerator(key: string): RandomGenerator {
  return xoroshiro128plusFromState(seedWords(key));
}

/** A whole number from 0 to n − 1, each equally likely (step 4). `n` is 1 to 2³². */
export function randomBelow(generator: RandomGenerator, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > TWO_TO_32) {
    throw new RangeError(`randomBelow needs a whole number from 1 to 2^32, got ${n}`);
  }
  const bucket = Math.floor(TWO_TO_32 / n);
  const limit = bucket * n;
  for (;;) {
    const x = generator.next() >>> 0;
    if (x < limit) return Math.floor(x / bucket);
  }
}
