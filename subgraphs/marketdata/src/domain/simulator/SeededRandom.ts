import { Xoshiro128 } from '@nautilus/accel/rng';

/**
 * A tiny seeded pseudo-random generator for the market simulator, so the same
 * seed replays the same demo world (history, live quotes) on every machine.
 *
 * Core: xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 2021; reference code at https://prng.di.unimi.it/),
 * 128 bits of state in four uint32 words, seeded by splitmix32 so that
 * neighbouring seeds give unrelated streams. Normals by Marsaglia's polar
 * method (Marsaglia & Bray 1964), Poisson counts by Knuth's multiplication
 * method (TAOCP vol. 2, §3.4.1). The xoshiro core and the normals are
 * accel's (`@nautilus/accel/rng`); this class adds keyed sub-stream seeding,
 * uniforms on (0, 1] and Poisson counts.
 */
export class SeededRandom {
  /** The generator itself is accel's xoshiro128** (one implementation in the repo); this class adds keyed seeding, Poisson and helpers. */
  private readonly core: Xoshiro128;

  /**
   * @param seed any finite number (the integer part of its low 53 bits is used).
   * @param streams optional extra keys mixed into the seed, to derive
   *   independent sub-streams (`new SeededRandom(seed, dayIndex, 3)`) without
   *   consuming draws from a parent generator.
   * @throws RangeError when `seed` or a stream key is not finite.
   */
  constructor(seed: number, ...streams: number[]) {
    let state = 0x6a09e667;
    for (const key of [seed, ...streams]) {
      if (!Number.isFinite(key)) throw new RangeError(`SeededRandom: seed keys must be finite, got ${key}`);
      const whole = Math.trunc(key);
      const lo = whole >>> 0;
      const hi = Math.floor(Math.abs(whole) / 0x1_0000_0000) >>> 0;
      state = splitmix32(state ^ lo) ^ splitmix32(state + hi + (whole < 0 ? 0x5bd1e995 : 0));
    }
    this.core = new Xoshiro128(
      splitmix32((state += 0x9e3779b9)),
      splitmix32((state += 0x9e3779b9)),
      splitmix32((state += 0x9e3779b9)),
      splitmix32((state += 0x9e3779b9)),
    );
  }

  /** Next uniform 32-bit unsigned integer (xoshiro128**). */
  nextUint32(): number {
    return this.core.nextUint32();
  }

  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number {
    return this.nextUint32() / 0x1_0000_0000;
  }

  /** Uniform in (0, 1]: safe to take the logarithm of. */
  nextOpen(): number {
    return (this.nextUint32() + 1) / 0x1_0000_0000;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Standard normal N(0, 1) (accel's Marsaglia polar method, caching the second draw). */
  normal(): number {
    return this.core.nextNormal();
  }

  /**
   * Poisson(lambda) count. Knuth's method costs O(lambda) uniforms, so large
   * means are split into chunks of 30 (a sum of independent Poissons is Poisson).
   * @throws RangeError when lambda is negative or not finite.
   */
  poisson(lambda: number): number {
    if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new RangeError(`SeededRandom.poisson: bad mean ${lambda}`);
    let count = 0;
    let remaining = lambda;
    while (remaining > 0) {
      const chunk = Math.min(remaining, 30);
      remaining -= chunk;
      const limit = Math.exp(-chunk);
      let product = this.next();
      while (product > limit) {
        count++;
        product *= this.next();
      }
    }
    return count;
  }
}

/** splitmix32 finaliser (a 32-bit variant of Steele, Lea & Flood's SplitMix, OOPSLA 2014). */
function splitmix32(a: number): number {
  let t = (a + 0x9e3779b9) | 0;
  t ^= t >>> 16;
  t = Math.imul(t, 0x21f0aaad);
  t ^= t >>> 15;
  t = Math.imul(t, 0x735a2d97);
  t ^= t >>> 15;
  return t >>> 0;
}
