import type pg from 'pg';
import { withTransaction } from '@nautilus/db';
import { AppError, ErrorCode, notFound, parseId, parseOptionalText } from '@nautilus/runtime';
import type { AccountEvaluation, MarginCallKindName, MarginCallRow, MarginCallStatusName, StoredLiquidationPlan } from '../service/types.ts';

type Queryable = pg.Pool | pg.PoolClient;

const CALL_COLUMNS = `c.id::text, c.account_id::text AS "accountId", upper(c.kind) AS kind, upper(c.status) AS status,
  c.amount_due::float8 AS "amountDue", c.minimum_transfer_amount::float8 AS "minimumTransferAmount",
  c.equity::float8 AS equity, c.requirement::float8 AS requirement, c.raised_at AS "raisedAt", c.due_at AS "dueAt",
  c.acknowledged_at AS "acknowledgedAt", c.closed_at AS "closedAt", c.liquidation_plan AS "liquidationPlan"`;

export interface RaiseMarginCallInput {
  accountId: string;
  kind: MarginCallKindName;
  amountDue: number;
  minimumTransferAmount: number;
  evaluation: AccountEvaluation;
  requirement: number;
  raisedAt: Date;
  dueAt: Date;
  plan: StoredLiquidationPlan;
}

/**
 * Stores a new call, its OPEN event and the requirement snapshot behind it,
 * in one transaction. The partial unique index on live calls makes a second
 * live call for the account a CONFLICT instead of a duplicate.
 */
export async function raiseMarginCall(pool: pg.Pool, input: RaiseMarginCallInput): Promise<MarginCallRow> {
  return withTransaction(pool, async (client) => {
    const { rows } = await client.query<MarginCallRow>(
      `INSERT INTO collateral.margin_call AS c (account_id, kind, amount_due, minimum_transfer_amount, equity, requirement, raised_at, due_at, liquidation_plan)
       VALUES ($1, lower($2), $3, $4, $5, $6, $7, $8, $9)
       RETURNING ${CALL_COLUMNS}`,
      [input.accountId, input.kind, input.amountDue, input.minimumTransferAmount, round2(input.evaluation.equity), round2(input.requirement), input.raisedAt, input.dueAt, JSON.stringify(input.plan)],
    );
    const call = rows[0]!;
    await client.query(`INSERT INTO collateral.margin_call_event (call_id, status, ts, note) VALUES ($1, 'open', $2, $3)`, [
      call.id,
      input.raisedAt,
      `${input.kind.toLowerCase()} call: equity ${input.evaluation.equity.toFixed(2)} below ${input.requirement.toFixed(2)}`,
    ]);
    await insertRequirementSnapshot(client, input.evaluation, input.raisedAt);
    return call;
  });
}

/** Marks the account's live call MET (or LIQUIDATED) with its event; returns it, or null when none was live. */
export async function closeLiveCall(pool: pg.Pool, accountId: string, status: 'MET' | 'LIQUIDATED', ts: Date, note: string, evaluation?: AccountEvaluation): Promise<MarginCallRow | null> {
  return withTransaction(pool, async (client) => {
    const { rows } = await client.query<MarginCallRow>(
      `UPDATE collateral.margin_call c SET status = lower($2), closed_at = $3
        WHERE account_id = $1 AND status IN ('open', 'escalated')
       RETURNING ${CALL_COLUMNS}`,
      [accountId, status, ts],
    );
    const call = rows[0];
    if (!call) return null;
    await client.query(`INSERT INTO collateral.margin_call_event (call_id, status, ts, note) VALUES ($1, lower($2), $3, $4)`, [call.id, status, ts, note]);
    if (evaluation) await insertRequirementSnapshot(client, evaluation, ts);
    return call;
  });
}

/** Open calls past their due time become ESCALATED (one event each); returns them. */
export async function escalateOverdueCalls(pool: pg.Pool, now: Date): Promise<MarginCallRow[]> {
  return withTransaction(pool, async (client) => {
    const { rows } = await client.query<MarginCallRow>(
      `UPDATE collateral.margin_call c SET status = 'escalated' WHERE status = 'open' AND due_at <= $1 RETURNING ${CALL_COLUMNS}`,
      [now],
    );
    if (rows.length > 0) {
      await client.query(
        `INSERT INTO collateral.margin_call_event (call_id, status, ts, note) SELECT unnest($1::bigint[]), 'escalated', $2, 'not met by the due time'`,
        [rows.map((r) => r.id), now],
      );
    }
    return rows;
  });
}

/**
 * Records that the client has seen the call (status stays OPEN/ESCALATED).
 * @throws BAD_USER_INPUT `note` over 2,000 characters or with control characters (tab and line breaks allowed).
 */
export async function acknowledgeMarginCall(pool: pg.Pool, id: string, ts: Date, note: string | null): Promise<MarginCallRow> {
  const callId = parseId(id, 'id');
  parseOptionalText(note, 'note', 'note');
  return withTransaction(pool, async (client) => {
    const { rows } = await client.query<MarginCallRow>(
      `UPDATE collateral.margin_call c SET acknowledged_at = coalesce(acknowledged_at, $2) WHERE id = $1 RETURNING ${CALL_COLUMNS}`,
      [callId, ts],
    );
    const call = rows[0];
    if (!call) throw notFound('MarginCall', id, 'id');
    if (call.status !== 'OPEN' && call.status !== 'ESCALATED') {
      throw new AppError(ErrorCode.CONFLICT, `margin call ${id} is ${call.status}; only OPEN or ESCALATED calls can be acknowledged`, { field: 'id' });
    }
    await client.query(`INSERT INTO collateral.margin_call_event (call_id, status, ts, note) VALUES ($1, 'acknowledged', $2, $3)`, [callId, ts, note]);
    return call;
  });
}

/** Calls by id (for the dataloader). */
export async function findMarginCallsByIds(pool: Queryable, ids: readonly string[]): Promise<Map<string, MarginCallRow>> {
  const valid = ids.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
  const { rows } = await pool.query<MarginCallRow>(`SELECT ${CALL_COLUMNS} FROM collateral.margin_call c WHERE c.id = ANY($1::bigint[])`, [valid]);
  return new Map(rows.map((r) => [r.id, r]));
}

export interface FindMarginCallsOptions {
  accountIds?: readonly string[] | null;
  statuses?: readonly MarginCallStatusName[] | null;
  first: number;
  /** Only calls with a greater id, oldest first (catching up after a disconnect). */
  after?: string | null;
}

/**
 * The newest `first` calls of each account (optionally of some statuses), in
 * one statement for many accounts (the per-request `callsByAccount` loader).
 */
export async function findCallsOfAccounts(pool: Queryable, accountIds: readonly string[], statuses: readonly MarginCallStatusName[] | null, first: number): Promise<Map<string, MarginCallRow[]>> {
  const { rows } = await pool.query<MarginCallRow>(
    `SELECT * FROM (
       SELECT ${CALL_COLUMNS}, row_number() OVER (PARTITION BY c.account_id ORDER BY c.raised_at DESC, c.id DESC) AS rank
         FROM collateral.margin_call c
        WHERE c.account_id = ANY($1::int[]) AND ($2::text[] IS NULL OR c.status = ANY($2::text[]))
     ) ranked WHERE rank <= $3 ORDER BY "accountId", rank`,
    [accountIds.map(Number), statuses ? statuses.map((x) => x.toLowerCase()) : null, first],
  );
  const byAccount = new Map<string, MarginCallRow[]>(accountIds.map((id) => [id, []]));
  for (const { rank: _rank, ...row } of rows as Array<MarginCallRow & { rank: string }>) byAccount.get(row.accountId)?.push(row);
  return byAccount;
}

/**
 * Newest first; with `after`, the calls raised after that id, oldest first.
 * @throws BAD_USER_INPUT an `accountIds` or `after` that is not an id.
 */
export async function findMarginCalls(pool: Queryable, { accountIds, statuses, first, after }: FindMarginCallsOptions): Promise<MarginCallRow[]> {
  const afterId = after == null ? null : parseId(after, 'after');
  const { rows } = await pool.query<MarginCallRow>(
    `SELECT ${CALL_COLUMNS} FROM collateral.margin_call c
      WHERE ($1::int[] IS NULL OR c.account_id = ANY($1::int[])) AND ($2::text[] IS NULL OR c.status = ANY($2::text[]))
        AND ($4::bigint IS NULL OR c.id > $4)
      ORDER BY CASE WHEN $4::bigint IS NULL THEN c.raised_at END DESC, CASE WHEN $4::bigint IS NULL THEN c.id END DESC, c.id ASC
      LIMIT $3`,
    [accountIds ? accountIds.map((id) => parseId(id, 'accountIds')) : null, statuses ? statuses.map((s) => s.toLowerCase()) : null, first, afterId],
  );
  return rows;
}

/**
 * Calls not yet on the bus (the outbox: `published_at` NULL), oldest id
 * first, at most `limit` (the publisher's round).
 */
export async function findUnpublishedCalls(pool: Queryable, limit: number): Promise<MarginCallRow[]> {
  const { rows } = await pool.query<MarginCallRow>(
    `SELECT ${CALL_COLUMNS} FROM collateral.margin_call c WHERE c.published_at IS NULL ORDER BY c.id LIMIT $1`,
    [limit],
  );
  return rows;
}

/** Sets the outbox mark of calls that are on the bus. */
export async function markCallsPublished(pool: Queryable, ids: readonly string[], ts: Date): Promise<void> {
  await pool.query(`UPDATE collateral.margin_call SET published_at = $2 WHERE id = ANY($1::bigint[]) AND published_at IS NULL`, [ids.map(Number), ts]);
}

/** Live calls (OPEN or ESCALATED), of some accounts or all: the monitor's start-up and recovery. */
export async function findLiveCalls(pool: Queryable, accountIds?: readonly string[]): Promise<MarginCallRow[]> {
  const { rows } = await pool.query<MarginCallRow>(
    `SELECT ${CALL_COLUMNS} FROM collateral.margin_call c WHERE c.status IN ('open', 'escalated') AND ($1::int[] IS NULL OR c.account_id = ANY($1::int[]))`,
    [accountIds ? accountIds.map(Number) : null],
  );
  return rows;
}

/** Status history of many calls at once (dataloader). */
export async function findCallEvents(pool: Queryable, callIds: readonly string[]): Promise<Map<string, Array<{ status: string; ts: Date; note: string | null }>>> {
  const { rows } = await pool.query<{ callId: string; status: string; ts: Date; note: string | null }>(
    `SELECT call_id::text AS "callId", upper(status) AS status, ts, note FROM collateral.margin_call_event WHERE call_id = ANY($1::bigint[]) ORDER BY ts, id`,
    [callIds.map(Number)],
  );
  const byCall = new Map<string, Array<{ status: string; ts: Date; note: string | null }>>(callIds.map((id) => [id, []]));
  for (const { callId, ...event } of rows) byCall.get(callId)?.push(event);
  return byCall;
}

/** A `margin_requirement` row: the evaluation as audited later. */
export async function insertRequirementSnapshot(client: Queryable, evaluation: AccountEvaluation, ts: Date): Promise<void> {
  const r = evaluation.requirement;
  await client.query(
    `INSERT INTO collateral.margin_requirement (account_id, ts, methodology, equity, initial, maintenance, house, utilization, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      evaluation.accountId,
      ts,
      r.methodology === 'PORTFOLIO' ? 'portfolio' : 'reg_t',
      round2(evaluation.equity),
      round2(r.initial),
      round2(r.maintenance),
      round2(evaluation.houseRequirement),
      evaluation.utilization,
      JSON.stringify({
        marketValue: evaluation.marketValue,
        cash: evaluation.cash,
        collateralValue: evaluation.collateralValue,
        concentrationAddOn: r.concentrationAddOn,
        minimumEquity: evaluation.minimumEquity,
        lines: r.lines,
        pricesAsOf: new Date(evaluation.asOf).toISOString(),
      }),
    ],
  );
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Closes a live call by hand: MET (the client transferred the amount) or
 * LIQUIDATED (positions were sold). The monitor re-evaluates the account
 * afterwards, so a deficit that is still there raises a new call.
 * @throws NOT_FOUND for an unknown id; CONFLICT when the call is not live;
 *   BAD_USER_INPUT `note` over 2,000 characters or with control characters.
 */
export async function resolveMarginCall(pool: pg.Pool, id: string, resolution: 'MET' | 'LIQUIDATED', ts: Date, note: string | null): Promise<MarginCallRow> {
  const callId = parseId(id, 'id');
  parseOptionalText(note, 'note', 'note');
  return withTransaction(pool, async (client) => {
    const { rows } = await client.query<MarginCallRow>(
      `UPDATE collateral.margin_call c SET status = lower($2), closed_at = $3 WHERE id = $1 AND status IN ('open', 'escalated') RETURNING ${CALL_COLUMNS}`,
      [callId, resolution, ts],
    );
    const call = rows[0];
    if (!call) {
      const { rows: existing } = await client.query<{ status: string }>('SELECT upper(status) AS status FROM collateral.margin_call WHERE id = $1', [callId]);
      if (existing.length === 0) throw notFound('MarginCall', id, 'id');
      throw new AppError(ErrorCode.CONFLICT, `margin call ${id} is already ${existing[0]!.status}`, { field: 'id' });
    }
    await client.query(`INSERT INTO collateral.margin_call_event (call_id, status, ts, note) VALUES ($1, lower($2), $3, $4)`, [callId, resolution, ts, note ?? `resolved by hand: ${resolution.toLowerCase()}`]);
    return call;
  });
}
