import { AppError, ErrorCode, badInput, notFound, parseId, parseIntInRange, quoteInput } from '@nautilus/runtime';
import { findGroupPositions, findPortfolioOwners } from '@nautilus/portfolio/reads';
import type pg from 'pg';
import type { OrderRequest } from '../domain/index.ts';
import { findOrdersByIds, findOrdersOfPortfolios, findOrderEvent as selectOrderEvent } from '../store/orders.ts';
import { findStrategiesByIds } from '../store/strategies.ts';
import { OrderRefusedError, type PaperBroker } from '../workers/paperBroker.ts';
import { resolveSymbols } from './resolveSymbols.ts';
import type { OrderEventRow, OrderRow, OrderStatusName, OrderTypeName, TimeInForceName } from './types.ts';

interface OrderShape {
  side: 'BUY' | 'SELL';
  type: OrderTypeName;
  quantity: number;
  limitPrice?: number | null;
  stopPrice?: number | null;
  trailAmount?: number | null;
  trailPercent?: number | null;
  timeInForce?: TimeInForceName | null;
  expireAt?: Date | null;
}

export interface PlaceOrderInput extends OrderShape {
  portfolioId: string;
  symbol: string;
  reduceOnly?: boolean | null;
  bracket?: { takeProfitPrice?: number | null; stopLossPrice?: number | null } | null;
  oco?: readonly OrderShape[] | null;
  strategyId?: string | null;
}

export interface AmendOrderInput {
  id: string;
  quantity?: number | null;
  limitPrice?: number | null;
  stopPrice?: number | null;
  trailAmount?: number | null;
  trailPercent?: number | null;
}

/** The engine's field names → the GraphQL input's. */
function inputField(field: string, prefix: string): string {
  const rename: Record<string, string> = { trailingAmount: 'trailAmount', trailingPercent: 'trailPercent', takeProfitPrice: 'bracket.takeProfitPrice', stopLossPrice: 'bracket.stopLossPrice' };
  const entry = /^entry\.(.+)$/.exec(field);
  if (entry) return inputField(entry[1]!, prefix);
  const leg = /^orders\.(\d+)\.(.+)$/.exec(field);
  if (leg) return Number(leg[1]) === 0 ? inputField(leg[2]!, prefix) : inputField(leg[2]!, `${prefix}.oco[${Number(leg[1]) - 1}]`);
  return `${prefix}.${rename[field] ?? field}`;
}

function toRequest(symbol: string, shape: OrderShape, field: string): OrderRequest {
  if (!Number.isFinite(shape.quantity) || shape.quantity <= 0) throw badInput(`${field}.quantity`, `must be positive, got ${quoteInput(shape.quantity)}`);
  if ((shape.type === 'LIMIT' || shape.type === 'STOP_LIMIT') && shape.limitPrice == null) throw badInput(`${field}.limitPrice`, `a ${shape.type} order needs a limit price`);
  if ((shape.type === 'STOP' || shape.type === 'STOP_LIMIT') && shape.stopPrice == null) throw badInput(`${field}.stopPrice`, `a ${shape.type} order needs a stop price`);
  return {
    symbol,
    side: shape.side,
    type: shape.type,
    quantity: shape.quantity,
    ...(shape.limitPrice != null ? { limitPrice: shape.limitPrice } : {}),
    ...(shape.stopPrice != null ? { stopPrice: shape.stopPrice } : {}),
    ...(shape.trailAmount != null ? { trailingAmount: shape.trailAmount } : {}),
    ...(shape.trailPercent != null ? { trailingPercent: shape.trailPercent } : {}),
    timeInForce: shape.timeInForce ?? 'GTC',
    ...(shape.expireAt ? { expireAt: shape.expireAt.getTime() } : {}),
  };
}

function refused(error: unknown, prefix: string): never {
  if (error instanceof OrderRefusedError) throw badInput(inputField(error.field, prefix), error.message);
  throw error;
}

/**
 * Checks an order (portfolio, symbol, quantity, prices, time in force, bracket/OCO legs; the order
 * engine's own validation names the rest) and hands it to the paper broker, which stores it with
 * its SUBMITTED and ACCEPTED (or REJECTED) events. The engine starts from the portfolio's position
 * (portfolio's reads), so a reduce-only order that would not reduce it is REJECTED and one that is
 * larger fills only up to it. @throws BAD_USER_INPUT naming the field; nothing is written.
 */
export async function placeOrder(pool: pg.Pool, broker: PaperBroker, input: PlaceOrderInput): Promise<OrderRow> {
  const portfolioId = parseId(input.portfolioId, 'input.portfolioId');
  const [instrument] = await resolveSymbols(pool, [input.symbol], 'input.symbol').catch((error: unknown) => {
    if (error instanceof AppError && error.code === ErrorCode.BAD_USER_INPUT) throw badInput('input.symbol', error.message.replace(/^input\.symbol\[0\]: /, ''));
    throw error;
  });
  if (!(await findPortfolioOwners(pool, [portfolioId])).has(portfolioId)) throw badInput('input.portfolioId', `unknown portfolio ${quoteInput(input.portfolioId)}`);
  let strategyId: number | null = null;
  if (input.strategyId != null) {
    strategyId = parseId(input.strategyId, 'input.strategyId');
    if (!(await findStrategiesByIds(pool, [strategyId])).has(String(strategyId))) throw badInput('input.strategyId', `unknown strategy ${quoteInput(input.strategyId)}`);
  }
  const request = toRequest(instrument!.symbol, input, 'input');
  const oco = (input.oco ?? []).map((leg, i) => toRequest(instrument!.symbol, leg, `input.oco[${i}]`));
  if (oco.length > 0 && input.bracket) throw badInput('input.oco', 'an order is either a bracket or part of an OCO group, not both');
  const bracket = input.bracket
    ? {
        ...(input.bracket.takeProfitPrice != null ? { takeProfitPrice: input.bracket.takeProfitPrice } : {}),
        ...(input.bracket.stopLossPrice != null ? { stopLossPrice: input.bracket.stopLossPrice } : {}),
      }
    : null;
  if (input.reduceOnly && (bracket || oco.length > 0)) throw badInput('input.reduceOnly', 'a reduce-only order cannot be a bracket or OCO group');
  // The order engine checks reduce-only orders against the portfolio's position (at acceptance, then per fill).
  const position = (await findGroupPositions(pool, [{ key: 'p', portfolioIds: [portfolioId] }])).find((p) => p.instrumentId === instrument!.id)?.quantity ?? 0;
  return broker
    .place({ portfolioId, strategyId, instrumentId: instrument!.id, symbol: instrument!.symbol, request: { ...request, reduceOnly: input.reduceOnly === true }, bracket, oco, position })
    .catch((error: unknown) => refused(error, 'input'));
}

async function openOrder(pool: pg.Pool, id: string, field: string): Promise<OrderRow> {
  parseId(id, field);
  const order = (await findOrdersByIds(pool, [id])).get(id);
  if (!order) throw notFound('PaperOrder', id, field);
  return order;
}

export async function cancelOrder(pool: pg.Pool, broker: PaperBroker, id: string): Promise<OrderRow> {
  const order = await openOrder(pool, id, 'id');
  return broker.cancel(order, 'cancelled by the user').catch((error: unknown) => {
    if (error instanceof OrderRefusedError) throw badInput('id', error.message);
    throw error;
  });
}

export async function amendOrder(pool: pg.Pool, broker: PaperBroker, input: AmendOrderInput): Promise<OrderRow> {
  const order = await openOrder(pool, input.id, 'input.id');
  const changes = {
    ...(input.quantity != null ? { quantity: input.quantity } : {}),
    ...(input.limitPrice != null ? { limitPrice: input.limitPrice } : {}),
    ...(input.stopPrice != null ? { stopPrice: input.stopPrice } : {}),
    ...(input.trailAmount != null ? { trailingAmount: input.trailAmount } : {}),
    ...(input.trailPercent != null ? { trailingPercent: input.trailPercent } : {}),
  };
  if (Object.keys(changes).length === 0) throw badInput('input', 'name at least one of quantity, limitPrice, stopPrice, trailAmount, trailPercent');
  if (changes.quantity !== undefined && !(changes.quantity > 0)) throw badInput('input.quantity', `must be positive, got ${quoteInput(changes.quantity)}`);
  return broker.amend(order, changes).catch((error: unknown) => refused(error, 'input'));
}

export async function listOrders(pool: pg.Pool, args: { portfolioId: string; status?: OrderStatusName | null; first?: number | null }): Promise<OrderRow[]> {
  const portfolioId = parseId(args.portfolioId, 'portfolioId');
  const first = parseIntInRange(args.first, 50, 1, 500, 'first');
  return (await findOrdersOfPortfolios(pool, [portfolioId], args.status ?? null, first)).get(String(portfolioId)) ?? [];
}

/** An order event by `<order id>:<event id>` (the lookup of Subscription.orderEvents). */
export async function findOrderEvent(pool: pg.Pool, id: string): Promise<OrderEventRow | null> {
  const match = /^(\d{1,18}):(\d{1,18})$/.exec(id);
  if (!match) throw badInput('id', `must be <order id>:<event id>, got ${quoteInput(id)}`);
  return selectOrderEvent(pool, match[1]!, match[2]!);
}
