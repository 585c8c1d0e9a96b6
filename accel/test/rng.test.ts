import { describe, expect, test } from 'vitest';
import { AccelError, createRng, Xoshiro128 } from '../src/index.ts';

describe('xoshiro128**', () => {
  test('matches the reference output for state (1, 2, 3, 4)', () => {
    // values derived by hand from the reference C code (Blackman & Vigna): rotl(2·5, 7)·9 = 11520, …
    const g = new Xoshiro128(1, 2, 3, 4);
    expect([g.nextUint32(), g.nextUint32(), g.nextUint32()]).toEqual([11520, 0, 5927040]);
  });

  test('same seed and stream give the same stream; other seeds or streams differ', () => {
    const a = new Float64Array(1000);
    const b = new Float64Array(1000);
    createRng(42, 3).fillNormal(a);
    createRng(42, 3).fillNormal(b);
    expect(b).toEqual(a);
    const c = new Float64Array(1000);
    createRng(43, 3).fillNormal(c);
    expect(c).not.toEqual(a);
    createRng(42, 4).fillNormal(c);
    expect(c).not.toEqual(a);
  });

  test('fillNormal produces exactly the nextNormal sequence, across odd splits', () => {
    const ref = createRng(7);
    const expected = Array.from({ length: 101 }, () => ref.nextNormal());
    const g = createRng(7);
    const out = new Float64Array(101);
    g.fillNormal(out, 0, 33);
    g.fillNormal(out, 33, 68);
    expect(Array.from(out)).toEqual(expected);
  });

  test('normals have mean 0, variance 1, and N(0,1) tail frequencies', () => {
    const n = 400_000;
    const z = new Float64Array(n);
    createRng(1).fillNormal(z);
    let m = 0, v = 0, tail = 0;
    for (const x of z) m += x / n;
    for (const x of z) {
      v += (x - m) ** 2 / (n - 1);
      if (x > 1.959963985) tail++;
    }
    expect(Math.abs(m)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(v - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(tail / n - 0.025)).toBeLessThan(4 * Math.sqrt((0.025 * 0.975) / n));
  });

  test('uniforms are in the open interval (0, 1)', () => {
    const u = new Float64Array(100_000);
    createRng(9).fillUniform(u);
    expect(Math.min(...u)).toBeGreaterThan(0);
    expect(Math.max(...u)).toBeLessThan(1);
  });

  test('rejects a negative or fractional seed with BAD_INPUT', () => {
    expect(() => createRng(-1)).toThrow(AccelError);
    expect(() => createRng(1.5)).toThrowError(/seed must be a non-negative safe integer/);
  });
});
