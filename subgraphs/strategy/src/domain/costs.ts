/**
 * Fee and slippage models, shared by the order engine (EVENT mode, paper trading) and the VECTORIZED
 * simulator so both modes charge the same cents for the same fill.
 */
import type { FeeModel, OrderSide, SlippageModel } from './types.ts';

/** fee = max(minimum, perShare·qty + bps/10⁴·qty·price) for qty > 0. */
export function computeFee(fees: FeeModel, qty: number, price: number): number {
  if (!(qty > 0)) return 0;
  const fee = fees.perShare * qty + (fees.bps / 10_000) * qty * price;
  return fee > fees.minimum ? fee : fees.minimum;
}

/**
 * Adverse price move (≥ 0) of one fill:
 * BPS: price·value/10⁴; BAR_RANGE: value·(high − low); VOLUME: value·price·√(qty / volume), 0 without volume.
 */
export function slippageAmount(model: SlippageModel, price: number, qty: number, high: number, low: number, volume: number): number {
  switch (model.kind) {
    case 'BPS':
      return (price * model.value) / 10_000;
    case 'BAR_RANGE':
      return model.value * (high - low);
    case 'VOLUME':
      return volume > 0 ? model.value * price * Math.sqrt(qty / volume) : 0;
  }
}

/** The price actually paid (BUY: price + slip) or received (SELL: price − slip, never below 0). */
export function slipped(side: OrderSide, price: number, slip: number): number {
  return side === 'BUY' ? price + slip : Math.max(0, price - slip);
}

export function checkCostModels(fees: FeeModel, slippage: SlippageModel): { field: string; message: string } | null {
  for (const key of ['perShare', 'bps', 'minimum'] as const) {
    const v = fees[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return { field: `fees.${key}`, message: `fees.${key} must be a finite number ≥ 0, got ${v}` };
  }
  if (!['BPS', 'BAR_RANGE', 'VOLUME'].includes(slippage.kind)) return { field: 'slippage.kind', message: `slippage.kind must be BPS, BAR_RANGE or VOLUME, got ${String(slippage.kind)}` };
  if (typeof slippage.value !== 'number' || !Number.isFinite(slippage.value) || slippage.value < 0) {
    return { field: 'slippage.value', message: `slippage.value must be a finite number ≥ 0, got ${slippage.value}` };
  }
  if (slippage.kind === 'BAR_RANGE' && slippage.value > 1) return { field: 'slippage.value', message: 'a BAR_RANGE slippage is a share of the bar range, at most 1' };
  return null;
}
