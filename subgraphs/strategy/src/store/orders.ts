import type { Queryable } from './queryable.ts';
import type { FillRow, OrderEventRow, OrderRow, OrderStatusName } from '../service/types.ts';

const COLUMNS = `o.id::text AS id, o.portfolio_id::text AS "portfolioId", o.strategy_id::text AS "strategyId", o.instrument_id::text AS "instrumentId", o.symbol,
  upper(o.side) AS side, upper(o.order_type) AS "orderType", o.quantity, o.filled_quantity AS "filledQuantity", o.average_price AS "averagePrice",
  o.limit_price AS "limitPrice", o.stop_price AS "stopPrice", o.trail_amount AS "trailAmount", o.trail_percent AS "trailPercent",
  upper(o.time_in_force) AS "timeInForce", o.expire_at AS "expireAt", o.reduce_only AS "reduceOnly", o.parent_id::text AS "parentId", o.oco_group AS "ocoGroup",
  upper(o.status) AS status, o.reason, o.state, o.created_at AS "createdAt", o.updated_at AS "updatedAt"`;

const EVENT_COLUMNS = `e.order_id::text || ':' || e.id::text AS id, e.order_id::text AS "orderId", o.portfolio_id::text AS "portfolioId", upper(e.status) AS status, e.reason,
  e.fill_quantity AS "fillQuantity", e.fill_price AS "fillPrice", e.ts`;

const FILL_COLUMNS = `f.id::text AS id, f.order_id::text AS "orderId", f.portfolio_id::text AS "portfolioId", f.symbol, f.side, f.quantity, f.price, f.fee, f.ts,
  f.trade_id::text AS "tradeId", f.attempts`;

/** Statuses an order can still fill or be cancelled in. */
export const OPEN_STATUSES = ['submitted', 'accepted', 'triggered', 'partially_filled'] as const;

export interface NewOrder {
  portfolioId: number;
  strategyId: number | null;
  instrumentId: number;
  symbol: string;
  side: 'buy' | 'sell';
  orderType: string;
  quantity: number;
  limitPrice: number | null;
  stopPrice: number | null;
  trailAmount: number | null;
  trailPercent: number | null;
  timeInForce: string;
  expireAt: Date | null;
  reduceOnly: boolean;
  parentId: string | null;
  ocoGroup: string | null;
  status: string;
  reason: string | null;
  now: Date;
}

export async function insertOrder(db: Queryable, o: NewOrder): Promise<OrderRow> {
  const { rows } = await db.query<OrderRow>(
    `WITH o AS (
       INSERT INTO strategy.paper_order (portfolio_id, strategy_id, instrument_id, symbol, side, order_type, quantity, limit_price, stop_price, trail_amount, trail_percent,
         time_in_force, expire_at, reduce_only, parent_id, oco_group, status, reason, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19) RETURNING *)
     SELECT ${COLUMNS} FROM o`,
    [o.portfolioId, o.strategyId, o.instrumentId, o.symbol, o.side, o.orderType, o.quantity, o.limitPrice, o.stopPrice, o.trailAmount, o.trailPercent,
      o.timeInForce, o.expireAt, o.reduceOnly, o.parentId, o.ocoGroup, o.status, o.reason, o.now],
  );
  return rows[0]!;
}

export interface OrderUpdate {
  status?: string;
  reason?: string | null;
  quantity?: number;
  filledQuantity?: number;
  averagePrice?: number | null;
  limitPrice?: number | null;
  stopPrice?: number | null;
  trailAmount?: number | null;
  trailPercent?: number | null;
  ocoGroup?: string | null;
  state?: Record<string, unknown>;
}

const UPDATABLE: Record<keyof OrderUpdate, string> = {
  status: 'status', reason: 'reason', quantity: 'quantity', filledQuantity: 'filled_quantity', averagePrice: 'average_price', limitPrice: 'limit_price',
  stopPrice: 'stop_price', trailAmount: 'trail_amount', trailPercent: 'trail_percent', ocoGroup: 'oco_group', state: 'state',
};

export async function updateOrder(db: Queryable, id: string, update: OrderUpdate, now: Date): Promise<OrderRow> {
  const sets: string[] = [];
  const values: unknown[] = [id, now];
  for (const [key, column] of Object.entries(UPDATABLE) as Array<[keyof OrderUpdate, string]>) {
    if (update[key] === undefined) continue;
    values.push(key === 'state' ? JSON.stringify(update[key]) : update[key]);
    sets.push(`${column} = $${values.length}`);
  }
  const { rows } = await db.query<OrderRow>(
    `WITH o AS (UPDATE strategy.paper_order SET ${[...sets, 'updated_at = $2'].join(', ')} WHERE id = $1 RETURNING *) SELECT ${COLUMNS} FROM o`,
    values,
  );
  return rows[0]!;
}

export async function lockOrder(db: Queryable, id: string): Promise<OrderRow | null> {
  const { rows } = await db.query<OrderRow>(`SELECT ${COLUMNS} FROM strategy.paper_order o WHERE o.id = $1 FOR UPDATE`, [id]);
  return rows[0] ?? null;
}

export interface NewOrderEvent {
  orderId: string;
  status: string;
  reason: string | null;
  fillQuantity: number | null;
  fillPrice: number | null;
  ts: Date;
}

export async function insertOrderEvents(db: Queryable, events: readonly NewOrderEvent[]): Promise<OrderEventRow[]> {
  if (events.length === 0) return [];
  const { rows } = await db.query<OrderEventRow>(
    `WITH e AS (
       INSERT INTO strategy.order_event (order_id, status, reason, fill_quantity, fill_price, ts)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::timestamptz[]) RETURNING *)
     SELECT ${EVENT_COLUMNS} FROM e JOIN strategy.paper_order o ON o.id = e.order_id ORDER BY e.id`,
    [events.map((e) => e.orderId), events.map((e) => e.status), events.map((e) => e.reason), events.map((e) => e.fillQuantity), events.map((e) => e.fillPrice), events.map((e) => e.ts)],
  );
  return rows;
}

export interface NewFill {
  orderId: string;
  portfolioId: number;
  symbol: string;
  side: 'buy' | 'sell';
  quantity: number;
  price: number;
  fee: number;
  ts: Date;
}

export async function insertFill(db: Queryable, f: NewFill): Promise<FillRow> {
  const { rows } = await db.query<FillRow>(
    `WITH f AS (INSERT INTO strategy.paper_fill (order_id, portfolio_id, symbol, side, quantity, price, fee, ts) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *)
     SELECT ${FILL_COLUMNS} FROM f`,
    [f.orderId, f.portfolioId, f.symbol, f.side, f.quantity, f.price, f.fee, f.ts],
  );
  return rows[0]!;
}

export async function findOrdersByIds(db: Queryable, ids: readonly string[]): Promise<Map<string, OrderRow>> {
  const valid = ids.filter((id) => /^\d{1,18}$/.test(id));
  if (valid.length === 0) return new Map();
  const { rows } = await db.query<OrderRow>(`SELECT ${COLUMNS} FROM strategy.paper_order o WHERE o.id = ANY($1::bigint[])`, [valid]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** Orders of portfolios, newest first, at most `first` per portfolio, optionally of one status. */
export async function findOrdersOfPortfolios(db: Queryable, portfolioIds: readonly number[], status: OrderStatusName | null, first: number): Promise<Map<string, OrderRow[]>> {
  const found = new Map<string, OrderRow[]>(portfolioIds.map((id) => [String(id), []]));
  if (portfolioIds.length === 0) return found;
  const { rows } = await db.query<OrderRow>(
    `SELECT x.* FROM unnest($1::int[]) AS p(id)
       CROSS JOIN LATERAL (SELECT ${COLUMNS} FROM strategy.paper_order o WHERE o.portfolio_id = p.id AND ($2::text IS NULL OR o.status = $2)
                           ORDER BY o.created_at DESC, o.id DESC LIMIT $3) x`,
    [portfolioIds, status?.toLowerCase() ?? null, first],
  );
  for (const row of rows) found.get(row.portfolioId)?.push(row);
  return found;
}

/** Every order that can still fill (what the paper broker works on after a restart), oldest first. */
export async function findOpenOrders(db: Queryable): Promise<OrderRow[]> {
  const { rows } = await db.query<OrderRow>(`SELECT ${COLUMNS} FROM strategy.paper_order o WHERE o.status = ANY($1::text[]) ORDER BY o.id`, [OPEN_STATUSES]);
  return rows;
}

export async function findEventsOfOrders(db: Queryable, orderIds: readonly string[]): Promise<OrderEventRow[]> {
  if (orderIds.length === 0) return [];
  const { rows } = await db.query<OrderEventRow>(
    `SELECT ${EVENT_COLUMNS} FROM strategy.order_event e JOIN strategy.paper_order o ON o.id = e.order_id WHERE e.order_id = ANY($1::bigint[]) ORDER BY e.ts, e.id`,
    [orderIds],
  );
  return rows;
}

/** One event by `<order id>:<event id>`. */
export async function findOrderEvent(db: Queryable, orderId: string, eventId: string): Promise<OrderEventRow | null> {
  const { rows } = await db.query<OrderEventRow>(
    `SELECT ${EVENT_COLUMNS} FROM strategy.order_event e JOIN strategy.paper_order o ON o.id = e.order_id WHERE e.id = $1 AND e.order_id = $2`,
    [eventId, orderId],
  );
  return rows[0] ?? null;
}

export async function findFillsOfOrders(db: Queryable, orderIds: readonly string[]): Promise<FillRow[]> {
  if (orderIds.length === 0) return [];
  const { rows } = await db.query<FillRow>(`SELECT ${FILL_COLUMNS} FROM strategy.paper_fill f WHERE f.order_id = ANY($1::bigint[]) ORDER BY f.id`, [orderIds]);
  return rows;
}

/** Fills portfolio has not confirmed yet, oldest first (the outbox the recorder drains). */
export async function findUnrecordedFills(db: Queryable, limit: number): Promise<FillRow[]> {
  const { rows } = await db.query<FillRow>(`SELECT ${FILL_COLUMNS} FROM strategy.paper_fill f WHERE f.trade_id IS NULL ORDER BY f.id LIMIT $1`, [limit]);
  return rows;
}

export async function countUnrecordedFills(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM strategy.paper_fill WHERE trade_id IS NULL');
  return rows[0]!.n;
}

export async function markFillRecorded(db: Queryable, fillId: string, tradeId: string, now: Date): Promise<void> {
  await db.query('UPDATE strategy.paper_fill SET trade_id = $2, recorded_at = $3, last_error = NULL WHERE id = $1', [fillId, tradeId, now]);
}

export async function markFillAttempt(db: Queryable, fillId: string, error: string): Promise<void> {
  await db.query('UPDATE strategy.paper_fill SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [fillId, error.slice(0, 500)]);
}
