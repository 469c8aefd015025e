/**
 * A new seed for a sample, such as "k7mq-x42d": short enough to print in a report and type back
 * in, from an alphabet without look-alikes (no 0/o, 1/l/i). Core never calls Math.random: the
 * caller passes the random source (Math.random, or one built on crypto.getRandomValues).
 */

const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const LENGTH = 8;

/** `random` returns numbers in [0, 1), like Math.random. */
export function freshSeed(random: () => number): string {
  let seed = '';
  for (let i = 0; i < LENGTH; i++) {
    const r = random();
    if (!(r >= 0 && r < 1)) throw new RangeError(`a random source must return [0, 1), got ${r}`);
    if (i === LENGTH / 2) seed += '-';
    seed += ALPHABET[Math.floor(r * ALPHABET.length)];
  }
  return seed;
}
