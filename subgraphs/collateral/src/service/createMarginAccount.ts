import type pg from 'pg';
import { withTransaction } from '@nautilus/db';
import { entityExists, findPortfolioOwners } from '@nautilus/portfolio/reads';
import { badInput, parseDecimal, parseId, parseName, quoteInput } from '@nautilus/runtime';
import type { Methodology } from '../domain/margin/types.ts';
import { findAccounts, fromMethodology } from '../store/loadAccountBooks.ts';
import type { AccountRow } from './types.ts';

export interface CreateMarginAccountInput {
  ownerId: string;
  name: string;
  broker: string;
  methodology: Methodology;
  currency?: string | null;
  houseMultiplier?: number | null;
  crossMargin?: boolean | null;
  minimumTransferAmount?: number | null;
  callDueHours?: number | null;
  portfolioIds: readonly string[];
}

/**
 * Opens a margin account for an entity over some of its portfolios.
 * @throws BAD_USER_INPUT naming the field: unknown owner, blank or duplicate
 *   name (or one over 200 characters or with control characters; the same for
 *   broker), bad currency, houseMultiplier outside [1, 5], an MTA that is negative,
 *   of 1e15 or more or with more than 2 decimal places,
 *   callDueHours outside [1, 720], an unknown portfolio, a portfolio that is
 *   not the owner's or is already margined elsewhere. Writes nothing then.
 */
export async function createMarginAccount(pool: pg.Pool, input: CreateMarginAccountInput): Promise<AccountRow> {
  const ownerId = parseId(input.ownerId, 'input.ownerId');
  const name = parseName(input.name, 'input.name');
  const broker = parseName(input.broker, 'input.broker');
  const currency = input.currency ?? 'USD';
  if (!/^[A-Z]{3}$/.test(currency)) throw badInput('input.currency', `must be an ISO 4217 code like USD, got ${quoteInput(currency)}`);
  const houseMultiplier = input.houseMultiplier ?? 1;
  if (!(houseMultiplier >= 1 && houseMultiplier <= 5)) throw badInput('input.houseMultiplier', `must be between 1 and 5, got ${houseMultiplier}`);
  // numeric(20, 2): cents, and far below the column's overflow.
  const mta = parseDecimal(input.minimumTransferAmount ?? 0, { field: 'input.minimumTransferAmount', sign: 'nonNegative', places: 2, below: 1e15 });
  const dueHours = input.callDueHours ?? 24;
  if (!Number.isInteger(dueHours) || dueHours < 1 || dueHours > 720) throw badInput('input.callDueHours', `must be a whole number of hours in [1, 720], got ${dueHours}`);
  const portfolioIds = input.portfolioIds.map((id, i) => parseId(id, `input.portfolioIds[${i}]`));
  if (new Set(portfolioIds).size !== portfolioIds.length) throw badInput('input.portfolioIds', 'lists a portfolio twice');

  return withTransaction(pool, async (client) => {
    if (!(await entityExists(client, ownerId))) throw badInput('input.ownerId', `unknown entity ${quoteInput(input.ownerId)}`);
    // Locks the portfolios' rows: two accounts claiming the same portfolio are decided one after the other.
    const owners = await findPortfolioOwners(client, portfolioIds, { lock: true });
    const { rows: links } = await client.query<{ portfolioId: number; accountId: number }>(
      'SELECT portfolio_id AS "portfolioId", account_id AS "accountId" FROM collateral.margin_account_portfolio WHERE portfolio_id = ANY($1::int[])',
      [portfolioIds],
    );
    const accountOf = new Map(links.map((l) => [l.portfolioId, l.accountId]));
    const portfolios = [...owners.values()].map((p) => ({ id: p.id, entityId: p.entityId, accountId: accountOf.get(p.id) ?? null }));
    const found = new Map(portfolios.map((p) => [p.id, p]));
    portfolioIds.forEach((id, i) => {
      const p = found.get(id);
      if (!p) throw badInput(`input.portfolioIds[${i}]`, `unknown portfolio ${id}`);
      if (p.entityId !== ownerId) throw badInput(`input.portfolioIds[${i}]`, `portfolio ${id} belongs to entity ${p.entityId}, not ${ownerId}`);
      if (p.accountId !== null) throw badInput(`input.portfolioIds[${i}]`, `portfolio ${id} is already margined in account ${p.accountId}`);
    });
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO collateral.margin_account (owner_entity_id, name, broker, methodology, currency, house_multiplier, cross_margin, minimum_transfer_amount, call_due_hours)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT ON CONSTRAINT margin_account_name_per_owner DO NOTHING
       RETURNING id`,
      [ownerId, name, broker, fromMethodology(input.methodology), currency, houseMultiplier, input.crossMargin ?? false, mta, dueHours],
    );
    if (rows.length === 0) throw badInput('input.name', `entity ${ownerId} already has a margin account named ${quoteInput(name)}`);
    const accountId = rows[0]!.id;
    if (portfolioIds.length > 0) {
      await client.query('INSERT INTO collateral.margin_account_portfolio (account_id, portfolio_id) SELECT $1, unnest($2::int[])', [accountId, portfolioIds]);
    }
    return (await findAccounts(client, [accountId]))[0]!;
  });
}
