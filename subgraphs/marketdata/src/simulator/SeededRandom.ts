/**
 * A tiny seeded pseudo-random generator for the market simulator, so the same
 * seed replays the same demo world (history, live quotes) on every machine.
 *
 * Core: xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 2021; reference code at https://prng.di.unimi.it/),
 * 128 bits of state in four uint32 words, seeded by splitmix32 so that
 * neighbouring seeds give unrelated streams. Normals by Marsaglia's polar
 * method (Marsaglia & Bray 1964), Poisson counts by Knuth's multiplication
 * method (TAOCP vol. 2, §3.4.1). Deliberately self-contained: the accel
 * package has its own RNG and may replace this one later.
 */
export class SeededRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spareNormal: number | undefined;

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
    this.s0 = splitmix32((state += 0x9e3779b9));
    this.s1 = splitmix32((state += 0x9e3779b9));
    this.s2 = splitmix32((state += 0x9e3779b9));
    this.s3 = splitmix32((state += 0x9e3779b9));
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // all-zero state is a fixed point
  }

  /** Next uniform 32-bit unsigned integer (xoshiro128**). */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
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

  /** Standard normal N(0, 1) by Marsaglia's polar method (caches the second draw). */
  normal(): number {
    const spare = this.spareNormal;
    if (spare !== undefined) {
      this.spareNormal = undefined;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    this.spareNormal = v * factor;
    return u * factor;
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

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
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
