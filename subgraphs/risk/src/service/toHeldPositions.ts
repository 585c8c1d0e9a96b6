import { badInput } from '@nautilus/runtime';
import type { HeldPosition, RequiredPosition } from './types.ts';

/**
 * Values the positions the gateway handed over (@requires) at their last
 * prices; flat positions are dropped.
 * @throws BAD_USER_INPUT naming `positions`: a position without a price or
 *   with a non-numeric instrument id.
 * @throws Error when the representation lacks positions (a planning bug, not user input).
 */
export function toHeldPositions(positions: readonly RequiredPosition[] | null | undefined): HeldPosition[] {
  if (!positions) throw new Error('the Portfolio representation carries no positions: the field must @require them');
  return positions
    .filter((p) => p.quantity !== 0)
    .map((p) => {
      const symbol = p.instrument.symbol;
      const price = p.instrument.lastPrice;
      if (price == null || !Number.isFinite(price)) throw badInput('positions', `${symbol} has no last price, so it cannot be valued`);
      if (!/^\d{1,9}$/.test(String(p.instrument.id))) throw badInput('positions', `${symbol} has a malformed instrument id ${JSON.stringify(p.instrument.id)}`);
      return { instrumentId: Number(p.instrument.id), symbol, quantity: p.quantity, price, value: p.quantity * price };
    });
}
