/**
 * Moving-average crossover sweep over a large panel, vectorbt-style: every (parameter pair, instrument)
 * is an independent sleeve with initialCash / N, trading the MA_CROSSOVER rule with the backtest
 * conventions (decision at the close of t, market order for w·E_t/close_t − position shares, filled at
 * the open of t+1 with BPS slippage and the fee model of costs.ts); the pair's equity is the sum of its
 * sleeves. With one instrument this is exactly runBacktest(MA_CROSSOVER, VECTORIZED) (tested).
 *
 * The kernel is accel's `backtest.maSweep` workload (`@nautilus/accel/backtest`, pure): the close prefix
 * sums are shared by every window and pair. This module keeps the domain's names; an engine that wants the
 * sweep off the request thread and on the fastest backend calls `accel.maCrossoverSweep(spec)` with the
 * same spec (routed over js / worker threads, bit-identical results).
 */
import { closePanelPrefix, maSweepRange as accelMaSweepRange, sweepMaCrossover as accelSweepMaCrossover, type MaSweepKernelInput, type MaSweepResult } from '@nautilus/accel/backtest';
import type { FeeModel } from './types.ts';

export interface MaSweepSpec extends MaSweepKernelInput {
  /** Prefix sums of the closes, series-major with length + 1 values per instrument (closePanelPrefix). */
  prefix: Float64Array;
  fees: FeeModel;
}

export type { MaSweepResult };
export { closePanelPrefix };

/**
 * Run pairs [from, to) of the spec, writing each pair's equity into `equity` (p·length + t) and fill
 * counts into `fills` (overwritten). Pure and synchronous, no checks: the unit of work a thread gets.
 */
export function maSweepRange(spec: MaSweepSpec, from: number, to: number, equity: Float64Array, fills: Float64Array): void {
  accelMaSweepRange(spec, from, to, equity, fills);
}

/** Run every pair on the calling thread; a bad spec throws accel's AccelError BAD_INPUT naming the field. */
export function sweepMaCrossover(spec: MaSweepSpec): MaSweepResult {
  return accelSweepMaCrossover(spec);
}
