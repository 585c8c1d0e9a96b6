import { badInput } from '@nautilus/runtime';
import type { HeldPosition, RequiredPosition } from '../service/types.ts';

/** An open position as federation handed it over, checked; the price may be missing. */
export interface Holding {
  instrumentId: number;
  symbol: string;
  quantity: number;
  /** marketdata's last price, null when it has none. */
  lastPrice: number | null;
}

/**
 * The open positions of the representation (flat ones dropped), with their
 * instrument ids checked; prices are checked later, once it is known which
 * holdings are options (those can be valued by model).
 * @throws BAD_USER_INPUT naming `positions`: a non-numeric instrument id.
 * @throws Error when the representation lacks positions (a planning bug, not user input).
 */
export function toHoldings(positions: readonly RequiredPosition[] | null | undefined): Holding[] {
  if (!positions) throw new Error('the Portfolio representation carries no positions: the field must @require them');
  return positions
    .filter((p) => p.quantity !== 0)
    .map((p) => {
      const symbol = p.instrument.symbol;
      if (!/^\d{1,9}$/.test(String(p.instrument.id))) throw badInput('positions', `${symbol} has a malformed instrument id ${JSON.stringify(p.instrument.id)}`);
      const price = p.instrument.lastPrice;
      return { instrumentId: Number(p.instrument.id), symbol, quantity: p.quantity, lastPrice: price != null && Number.isFinite(price) ? price : null };
    });
}

/**
 * Values the positions the gateway handed over (@requires) at their last
 * prices (quantity × price); flat positions are dropped. Used by the backtest,
 * which treats every holding as linear in its own price history.
 * @throws BAD_USER_INPUT naming `positions`: a position without a price or
 *   with a non-numeric instrument id.
 * @throws Error when the representation lacks positions (a planning bug, not user input).
 */
export function toHeldPositions(positions: readonly RequiredPosition[] | null | undefined): HeldPosition[] {
  return toHoldings(positions).map(({ instrumentId, symbol, quantity, lastPrice: price }) => {
    if (price === null) throw badInput('positions', `${symbol} has no last price, so it cannot be valued`);
    return { instrumentId, symbol, quantity, price, value: quantity * price };
  });
}
