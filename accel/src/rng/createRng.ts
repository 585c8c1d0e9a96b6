import { assertInput } from '../errors/AccelError.ts';
import { Xoshiro128 } from './Xoshiro128.ts';

/** A 32-bit avalanche mix (the finaliser of MurmurHash3, Appleby): spreads nearby seeds far apart. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * Creates the generator for `(seed, stream)`. Streams make results independent
 * of how work is sharded: Monte Carlo block `b` always uses stream `b`, so the
 * `js`, `threads` and `gpu` backends see the same numbers for the same seed no
 * matter how many workers split the blocks.
 *
 * @param seed any safe integer (0 .. 2^53-1); negative or fractional seeds are rejected.
 * @param stream a non-negative integer < 2^32 selecting an independent stream.
 */
export function createRng(seed: number, stream = 0): Xoshiro128 {
  assertInput(Number.isSafeInteger(seed) && seed >= 0, `seed must be a non-negative safe integer, got ${seed}`);
  assertInput(Number.isInteger(stream) && stream >= 0 && stream < 2 ** 32, `stream must be an integer in [0, 2^32), got ${stream}`);
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 2 ** 32) >>> 0;
  // SplitMix-style seeding (Vigna recommends seeding xoshiro from a different generator).
  let z = mix32(lo ^ 0x9e3779b9) ^ mix32(hi + 0x7f4a7c15) ^ mix32(Math.imul(stream, 0x632be5ab) + 0x3c6ef372);
  const next = (): number => {
    z = (z + 0x9e3779b9) | 0;
    return mix32(z ^ mix32(stream + 0x165667b1));
  };
  return new Xoshiro128(next(), next(), next(), next());
}
