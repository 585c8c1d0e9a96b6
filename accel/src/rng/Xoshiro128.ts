/**
 * xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number
 * generators", 2018): 128-bit state, 32-bit output, period 2^128 - 1. Chosen
 * because it runs on 32-bit integer ops (`Math.imul`, shifts), which V8 keeps
 * unboxed, and it passes BigCrush.
 *
 * Normals come from Marsaglia's polar method (a rejection form of Box-Muller,
 * Marsaglia & Bray 1964): no trigonometry, both outputs of a pair are used.
 */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare = 0;
  private hasSpare = false;

  /** Seeds the four state words directly; they must not all be zero. */
  constructor(s0: number, s1: number, s2: number, s3: number) {
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next unsigned 32-bit integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return r >>> 0;
  }

  /** Uniform in the open interval (0, 1), 32-bit resolution (never exactly 0 or 1). */
  nextFloat(): number {
    return (this.nextUint32() + 0.5) * 2.3283064365386963e-10;
  }

  /** Standard normal N(0, 1) by Marsaglia's polar method. */
  nextNormal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number, v: number, s: number;
    do {
      u = (this.nextUint32() + 0.5) * 4.656612873077393e-10 - 1;
      v = (this.nextUint32() + 0.5) * 4.656612873077393e-10 - 1;
      s = u * u + v * v;
    } while (s >= 1);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * m;
    this.hasSpare = true;
    return u * m;
  }

  /** Fills `out[offset .. offset+count)` with standard normals; the hot loop of every MC kernel. */
  fillNormal(out: Float64Array, offset = 0, count = out.length - offset): void {
    let i = offset;
    const end = offset + count;
    if (this.hasSpare && i < end) {
      out[i++] = this.spare;
      this.hasSpare = false;
    }
    let s0 = this.s0, s1 = this.s1, s2 = this.s2, s3 = this.s3;
    while (i < end) {
      // two uint32 draws inlined (same sequence as nextUint32)
      let r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
      let t = s1 << 9;
      s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11);
      const u = (r + 0.5) * 4.656612873077393e-10 - 1;
      r = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
      t = s1 << 9;
      s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11);
      const v = (r + 0.5) * 4.656612873077393e-10 - 1;
      const s = u * u + v * v;
      if (s >= 1) continue;
      const m = Math.sqrt((-2 * Math.log(s)) / s);
      out[i++] = u * m;
      if (i < end) out[i++] = v * m;
      else {
        this.spare = v * m;
        this.hasSpare = true;
      }
    }
    this.s0 = s0; this.s1 = s1; this.s2 = s2; this.s3 = s3;
  }

  /** Fills `out` with uniforms in (0, 1). */
  fillUniform(out: Float64Array, offset = 0, count = out.length - offset): void {
    for (let i = offset, end = offset + count; i < end; i++) out[i] = this.nextFloat();
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
