import { createRng } from '../rng/createRng.ts';
import { BLOCK_SCENARIOS, type PnlKernelInput } from './PortfolioSpec.ts';

/**
 * Simulates scenario blocks [firstBlock, endBlock) into `pnl` (indexed by
 * scenario). Block b draws from RNG stream b, so the threads backend, writing
 * straight into a shared `pnl`, reproduces the js backend bit for bit.
 */
export function simulatePnlBlocks(k: PnlKernelInput, firstBlock: number, endBlock: number, pnl: Float64Array): void {
  const n = k.assets;
  const z = new Float64Array(n);
  const { loadings, chol, drift, positions } = k;
  for (let b = firstBlock; b < endBlock; b++) {
    const rng = createRng(k.seed, b);
    const start = b * BLOCK_SCENARIOS;
    const end = Math.min(start + BLOCK_SCENARIOS, k.scenarios);
    for (let s = start; s < end; s++) {
      rng.fillNormal(z, 0, n);
      let p = 0;
      if (!k.lognormal) {
        p = k.base;
        for (let i = 0; i < n; i++) p += loadings[i]! * z[i]!;
      } else {
        for (let i = 0; i < n; i++) {
          let r = drift[i]!;
          const row = i * n;
          for (let j = 0; j <= i; j++) r += chol[row + j]! * z[j]!;
          p += positions[i]! * (Math.exp(r) - 1);
        }
      }
      pnl[s] = p;
    }
  }
}
