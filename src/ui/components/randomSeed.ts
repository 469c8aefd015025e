import { freshSeed } from '../../core';

/** A seed from the browser's cryptographic random numbers (core never picks randomness itself). */
export function randomSeed(): string {
  return freshSeed(() => crypto.getRandomValues(new Uint32Array(1))[0]! / 0x1_0000_0000);
}
