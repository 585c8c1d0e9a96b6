import { badInput, parseText } from '@nautilus/runtime';

/** Quantities are truncated toward zero to this many decimals (fractional units; no lot sizes yet). */
export const REBALANCE_QUANTITY_DECIMALS = 6;

export interface RebalanceTarget {
  symbol: string;
  weight: number;
}

export interface RebalanceTrade {
  symbol: string;
  side: 'BUY' | 'SELL';
  quantity: number;
  price: number;
}

/**
 * Checks target weights: well-formed symbols listed once, each weight in [0, 1], summing to at
 * most 1 (the rest stays in cash).
 * @returns the symbols.
 * @throws BAD_USER_INPUT `targets[i].symbol` (malformed or duplicate), `targets[i].weight`, `targets` (sum > 1).
 */
export function parseRebalanceTargets(targets: readonly RebalanceTarget[]): Set<string> {
  const seen = new Set<string>();
  let total = 0;
  targets.forEach((t, i) => {
    parseText(t.symbol, `targets[${i}].symbol`, 'symbol');
    if (seen.has(t.symbol)) throw badInput(`targets[${i}].symbol`, `${t.symbol} is listed twice`);
    seen.add(t.symbol);
    if (!Number.isFinite(t.weight) || t.weight < 0 || t.weight > 1) throw badInput(`targets[${i}].weight`, `must be in [0, 1], got ${t.weight}`);
    total += t.weight;
  });
  if (total > 1 + 1e-9) throw badInput('targets', `weights sum to ${total}; they may sum to at most 1 (the rest stays in cash)`);
  return seen;
}

export interface RebalanceBook {
  targets: readonly RebalanceTarget[];
  /** Instrument ids of the target symbols. */
  idBySymbol: ReadonlyMap<string, number>;
  /** Open positions. */
  positions: ReadonlyArray<{ instrumentId: number; symbol: string; quantity: number }>;
  cash: number;
  /** Latest prices by instrument id. */
  prices: ReadonlyMap<number, number>;
}

/**
 * Trades that move a book to target weights of its value V = Σ qᵢ·pᵢ + cash:
 * target quantity wᵢ·V/pᵢ, held symbols missing from the targets go to zero,
 * deltas truncated toward zero to REBALANCE_QUANTITY_DECIMALS; sells listed
 * first (then by symbol) so executing them funds the buys. A held symbol with
 * no price is left alone.
 * @throws BAD_USER_INPUT `targets[i].symbol` when a target has no price.
 */
export function planRebalance({ targets, idBySymbol, positions, cash, prices }: RebalanceBook): { value: number; trades: RebalanceTrade[] } {
  targets.forEach((t, i) => {
    if (!prices.has(idBySymbol.get(t.symbol)!)) throw badInput(`targets[${i}].symbol`, `${t.symbol} has no price yet`);
  });
  const value = cash + positions.reduce((sum, p) => sum + p.quantity * (prices.get(p.instrumentId) ?? 0), 0);
  const scale = 10 ** REBALANCE_QUANTITY_DECIMALS;
  const weights = new Map(targets.map((t) => [t.symbol, t.weight]));
  const symbols = new Map<string, number>([...positions.map((p) => [p.symbol, p.instrumentId] as const), ...idBySymbol]);
  const trades: RebalanceTrade[] = [];
  for (const [symbol, instrumentId] of symbols) {
    const price = prices.get(instrumentId);
    if (price === undefined) continue;
    const current = positions.find((p) => p.instrumentId === instrumentId)?.quantity ?? 0;
    const target = ((weights.get(symbol) ?? 0) * value) / price;
    const delta = Math.trunc((target - current) * scale) / scale;
    if (delta !== 0) trades.push({ symbol, side: delta > 0 ? 'BUY' : 'SELL', quantity: Math.abs(delta), price });
  }
  trades.sort((a, b) => (a.side === b.side ? a.symbol.localeCompare(b.symbol) : a.side === 'SELL' ? -1 : 1));
  return { value, trades };
}
