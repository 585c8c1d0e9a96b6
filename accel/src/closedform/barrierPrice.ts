import { assertInput } from '../errors/AccelError.ts';
import { blackScholes, checkBlackScholesInput, type BlackScholesInput } from './blackScholes.ts';
import { normCdf } from './normal.ts';

export type BarrierKind = 'down-and-in' | 'down-and-out' | 'up-and-in' | 'up-and-out';

export interface BarrierInput extends BlackScholesInput {
  kind: BarrierKind;
  /** Barrier level H, monitored continuously. */
  barrier: number;
  /** Cash rebate: paid at expiry if an in-option never knocks in, at the hit if an out-option knocks out (default 0). */
  rebate?: number;
}

/**
 * Continuously monitored single-barrier option, Reiner & Rubinstein (1991)
 * "Breaking down the barriers", in the A–F form of Haug, "The Complete Guide
 * to Option Pricing Formulas" (2nd ed., 4.17.1). If the spot is already
 * through the barrier, an out-option is worth its rebate and an in-option is
 * a vanilla.
 */
export function barrierPrice(input: BarrierInput): number {
  checkBlackScholesInput(input);
  const { spot: s, strike: x, rate: r, volatility: v, maturity: t, barrier: h, kind } = input;
  assertInput(h > 0 && Number.isFinite(h), `barrier must be > 0, got ${h}`);
  const rebate = input.rebate ?? 0;
  const q = input.dividendYield ?? 0;
  const down = kind.startsWith('down');
  const knockIn = kind.endsWith('in');
  if ((down && s <= h) || (!down && s >= h)) {
    return knockIn ? blackScholes(input).price : rebate;
  }
  const b = r - q;
  const vt = v * Math.sqrt(t);
  const mu = (b - 0.5 * v * v) / (v * v);
  const lambda = Math.sqrt(mu * mu + (2 * r) / (v * v));
  const x1 = Math.log(s / x) / vt + (1 + mu) * vt;
  const x2 = Math.log(s / h) / vt + (1 + mu) * vt;
  const y1 = Math.log((h * h) / (s * x)) / vt + (1 + mu) * vt;
  const y2 = Math.log(h / s) / vt + (1 + mu) * vt;
  const z = Math.log(h / s) / vt + lambda * vt;
  const phi = input.type === 'call' ? 1 : -1;
  const eta = down ? 1 : -1;
  const carry = s * Math.exp((b - r) * t);
  const disc = x * Math.exp(-r * t);
  const hs = h / s;
  const A = phi * carry * normCdf(phi * x1) - phi * disc * normCdf(phi * x1 - phi * vt);
  const B = phi * carry * normCdf(phi * x2) - phi * disc * normCdf(phi * x2 - phi * vt);
  const C = phi * carry * hs ** (2 * (mu + 1)) * normCdf(eta * y1) - phi * disc * hs ** (2 * mu) * normCdf(eta * y1 - eta * vt);
  const D = phi * carry * hs ** (2 * (mu + 1)) * normCdf(eta * y2) - phi * disc * hs ** (2 * mu) * normCdf(eta * y2 - eta * vt);
  const E = rebate * Math.exp(-r * t) * (normCdf(eta * x2 - eta * vt) - hs ** (2 * mu) * normCdf(eta * y2 - eta * vt));
  const F = rebate * (hs ** (mu + lambda) * normCdf(eta * z) + hs ** (mu - lambda) * normCdf(eta * z - 2 * eta * lambda * vt));
  const above = x > h;
  const call = phi === 1;
  switch (kind) {
    case 'down-and-in':
      return call ? (above ? C + E : A - B + D + E) : above ? B - C + D + E : A + E;
    case 'up-and-in':
      return call ? (above ? A + E : B - C + D + E) : above ? A - B + D + E : C + E;
    case 'down-and-out':
      return call ? (above ? A - C + F : B - D + F) : above ? A - B + C - D + F : F;
    case 'up-and-out':
      return call ? (above ? F : A - B + C - D + F) : above ? B - D + F : A - C + F;
  }
}
