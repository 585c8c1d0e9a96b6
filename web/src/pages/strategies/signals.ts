/** Live signals of the Strategies page: the newest signal per symbol of a strategy. Pure. */

export interface LiveSignal {
  id: string;
  symbol: string;
  direction: string;
  strength: number;
  ts: string;
  strategyId: string;
  strategyName: string;
}

/** Merges a live signal into the per-strategy, per-symbol latest signal. */
export function latestBySymbol(initial: readonly { symbol: string; direction: string; strength: number; ts: unknown }[], live: readonly LiveSignal[]): Map<string, { direction: string; strength: number; ts: string }> {
  const out = new Map<string, { direction: string; strength: number; ts: string }>();
  for (const s of [...initial.map((x) => ({ ...x, ts: String(x.ts) })), ...live]) {
    const current = out.get(s.symbol);
    if (current === undefined || Date.parse(s.ts) >= Date.parse(current.ts)) out.set(s.symbol, { direction: s.direction, strength: s.strength, ts: s.ts });
  }
  return out;
}
