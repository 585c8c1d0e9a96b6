import { describe, expect, it, beforeAll } from 'vitest';
import { DESKTOP, PHONE, hasChromium, useWebPlatform } from '../support/webPlatform.ts';

/** The demo margin accounts (seedMarginAccounts). */
const SEEDED_ACCOUNTS = ['Prime Brokerage', 'Portfolio Margin', 'Margin'];
const LEVERED = 'Levered Reg T';
/** Held by no demo book, so moving it moves only the leveraged account. */
const LEVERED_SYMBOL = 'WMT';
const LEVERED_SHARES = 1_000;
const percent = (utilization: number) => `${(Math.max(0, utilization) * 100).toFixed(1)}%`;
const cents = (amount: number) => amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * The Margin page in real Chromium against the demo graph plus one leveraged account opened through
 * the gateway: the list worst first with live utilisation, a margin call raised by a crashing quote,
 * and the account page (collateral with haircuts, requirement lines, deposit/withdraw with errors
 * at the field, acknowledge and resolve, prediction, cross-margin, optimisation).
 */
describe.skipIf(!hasChromium)('Margin page in a browser', () => {
  const platform = useWebPlatform({ years: 0.6, minuteDays: 1, startFeed: false, demoAccountAtTheCall: true });
  let levered: { accountId: string; instrumentId: string; price: number; callPrice: number };

  /** A quote for the leveraged account's instrument, straight onto the bus, once the monitor has revalued it. */
  const publishLevered = async (last: number) => {
    await platform.bus.publish('marketdata.quote', { instrumentId: levered.instrumentId, symbol: LEVERED_SYMBOL, bid: last - 0.01, ask: last + 0.01, last, size: 100, ts: new Date(platform.clock.now()).toISOString() });
    await expect.poll(() => platform.monitor.readModel.price(levered.instrumentId), { timeout: 5_000, interval: 10 }).toBe(last);
    await platform.monitor.idle();
  };
  const statusOf = async (accountId: string) => {
    const result = await platform.post(`query($id: ID!) { marginAccount(id: $id) { status { utilization inCall } liveCall { id kind amountDue } } }`, { id: accountId });
    expect(result.errors).toBeUndefined();
    return result.data.marginAccount as { status: { utilization: number; inCall: boolean }; liveCall: { id: string; kind: string; amountDue: number } | null };
  };

  beforeAll(async () => {
    const { pool, post, monitor } = platform;
    // Half of 1,000 shares bought on margin at the last close.
    const { rows } = await pool.query<{ id: string; close: number }>(
      `SELECT i.id::text, b.close FROM marketdata.instrument i JOIN LATERAL (SELECT close FROM marketdata.bar WHERE instrument_id = i.id AND interval = '1d' ORDER BY ts DESC LIMIT 1) b ON true WHERE i.symbol = $1`,
      [LEVERED_SYMBOL],
    );
    const instrumentId = rows[0]!.id;
    const price = Math.round(rows[0]!.close * 100) / 100;
    const cash = Math.round((LEVERED_SHARES * price) / 2);
    const entity = await post(`mutation { createEntity(input: { kind: PERSON, name: "Ada Lovelace" }) { id } }`);
    const ownerId = entity.data.createEntity.id as string;
    const created = await post(`mutation($e: ID!) { createPortfolio(input: { entityId: $e, name: "Ada Levered" }) { id } }`, { e: ownerId });
    const portfolioId = created.data.createPortfolio.id as string;
    expect((await post(`mutation($i: CashInput!) { depositCash(input: $i) { amount } }`, { i: { portfolioId, amount: cash, ts: '2026-01-05T14:00:00Z' } })).errors).toBeUndefined();
    const traded = await post(`mutation($i: RecordTradesInput!) { recordTrades(input: $i) { id } }`, {
      i: { portfolioId, trades: [{ symbol: LEVERED_SYMBOL, side: 'BUY', quantity: LEVERED_SHARES, price, fees: 0, ts: '2026-01-05T15:00:00Z' }] },
    });
    expect(traded.errors).toBeUndefined();
    const account = await post(`mutation($i: CreateMarginAccountInput!) { createMarginAccount(input: $i) { id status { houseRequirement } } }`, {
      i: { ownerId, name: LEVERED, broker: 'Test Prime', methodology: 'REG_T', portfolioIds: [portfolioId] },
    });
    expect(account.errors).toBeUndefined();
    // equity(P) = shares·P − loan ≥ rate·shares·P  ⇔  P ≥ loan / (shares·(1 − rate))
    const loan = LEVERED_SHARES * price - cash;
    const rate = account.data.createMarginAccount.status.houseRequirement / (LEVERED_SHARES * monitor.readModel.price(instrumentId)!);
    levered = { accountId: account.data.createMarginAccount.id, instrumentId, price, callPrice: loan / (LEVERED_SHARES * (1 - rate)) };
  });

  it('lists the accounts worst first with live utilisation, and a margin call as it is raised', async () => {
    const { page, errors } = await platform.open({ route: '#/margin', viewport: DESKTOP, now: platform.clock.now() });
    const panel = page.getByRole('region', { name: 'Accounts' });
    const rows = panel.locator('tr.margin-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(SEEDED_ACCOUNTS.length + 1);
    for (const name of [...SEEDED_ACCOUNTS, LEVERED]) expect(await panel.getByRole('link', { name, exact: true }).count()).toBe(1);
    const leveredRow = panel.locator(`tr.margin-row[data-account="${levered.accountId}"]`);
    expect(await leveredRow.locator('.util-value').innerText()).toMatch(/^\d+\.\d%$/);

    // Live: a 10% drop (above the call price) reaches the row through marginUtilization.
    const before = await leveredRow.locator('.util-value').innerText();
    await publishLevered(levered.price * 0.9);
    const dropped = await statusOf(levered.accountId);
    expect(percent(dropped.status.utilization)).not.toBe(before);
    await expect.poll(() => leveredRow.locator('.util-value').innerText(), { timeout: 10_000 }).toBe(percent(dropped.status.utilization));

    // A crash under the call price: the row turns red with the amount due, moves to the top, and the alert strip shows the call.
    await publishLevered(levered.callPrice * 0.8);
    const called = await statusOf(levered.accountId);
    expect(called.status.inCall).toBe(true);
    await expect.poll(() => leveredRow.locator('.badge--call').innerText(), { timeout: 10_000 }).toBe(`IN CALL USD ${cents(called.liveCall!.amountDue)}`);
    expect(await rows.first().getAttribute('data-account')).toBe(levered.accountId);
    await panel.locator('li.margin-alert--call').first().waitFor({ timeout: 10_000 });
    expect(await panel.locator('li.margin-alert--call b').first().innerText()).toBe(LEVERED);
    await platform.screenshot(page, 'margin');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens an account: collateral with haircuts, requirement lines, deposit and withdraw with errors at the field, acknowledge and resolve a call', async () => {
    const { page, errors } = await platform.open({ route: '#/margin', viewport: DESKTOP, now: platform.clock.now() });
    await page.getByRole('region', { name: 'Accounts' }).getByRole('link', { name: LEVERED }).click();
    await expect.poll(() => page.evaluate('window.location.hash')).toBe(`#/margin/${levered.accountId}`);
    const summary = page.getByRole('region', { name: LEVERED });
    await summary.waitFor({ timeout: 15_000 });
    expect(await summary.locator('.badge--call').innerText()).toContain('IN CALL USD');
    const lines = page.getByRole('region', { name: 'Requirement lines' });
    await lines.getByRole('cell', { name: LEVERED_SYMBOL }).waitFor();
    const collateral = page.getByRole('region', { name: 'Collateral', exact: true });
    expect(await collateral.getByText('No collateral posted.').count()).toBe(1);

    // Withdrawing what is not there: the error sits under Quantity, with its code.
    const form = collateral.getByRole('form', { name: 'Move collateral' });
    await form.getByLabel('Quantity').fill('5000');
    await form.getByRole('button', { name: 'Withdraw' }).click();
    const quantityError = form.locator('.ui-field-error');
    await quantityError.waitFor({ timeout: 10_000 });
    expect(await quantityError.innerText()).toMatch(/^BAD_USER_INPUT/);
    expect(await form.getByLabel('Quantity').getAttribute('aria-invalid')).toBe('true');

    // The call: acknowledge, then resolve as met by hand (the monitor raises a new one: the account is still short).
    const calls = page.getByRole('region', { name: 'Margin calls' });
    const call = (await statusOf(levered.accountId)).liveCall!;
    const callRow = calls.locator(`tr[data-call="${call.id}"]`);
    await callRow.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => callRow.locator('.badge').innerText(), { timeout: 10_000 }).toContain('ACK');
    await callRow.getByRole('button', { name: 'Resolve: met' }).click();
    await expect.poll(() => callRow.getAttribute('data-status'), { timeout: 10_000 }).toBe('MET');

    await expect.poll(async () => (await statusOf(levered.accountId)).liveCall?.id, { timeout: 10_000 }).not.toBe(call.id);

    // Deposit cash that cures the new call: the table shows it (haircut 0%), utilisation falls live, the monitor closes the call.
    const utilBefore = await summary.locator('.util-value').innerText();
    await form.getByLabel('Quantity').fill('1000000');
    await form.getByRole('button', { name: 'Deposit' }).click();
    await form.getByRole('status').filter({ hasText: 'Deposited 1,000,000 USD.' }).waitFor({ timeout: 10_000 });
    const cashRow = collateral.locator('tbody tr', { hasText: 'USD cash' });
    await cashRow.waitFor({ timeout: 10_000 });
    expect(await cashRow.locator('td').nth(4).innerText()).toBe('0.0%');
    await expect.poll(() => summary.locator('.util-value').innerText(), { timeout: 10_000 }).not.toBe(utilBefore);

    await expect.poll(async () => (await statusOf(levered.accountId)).status.inCall, { timeout: 10_000 }).toBe(false);
    await expect.poll(() => calls.locator('tr[data-status="OPEN"]').count(), { timeout: 10_000 }).toBe(0);

    // What-ifs from the server.
    await page.getByRole('region', { name: 'Call prediction' }).locator('.ui-stat').first().waitFor({ timeout: 20_000 });
    const optimisation = page.getByRole('region', { name: 'Collateral optimisation' });
    await optimisation.getByRole('button', { name: 'Optimise' }).click();
    await optimisation.getByText(/Optimal cost [\d,]+ \/ yr/).waitFor({ timeout: 10_000 });
    // Ada's only account is not opted in to cross-margining: the panel says so.
    expect(await page.getByRole('region', { name: 'Cross-margin' }).innerText()).toContain('Ada Lovelace has no cross-margined accounts.');
    await platform.screenshot(page, 'margin-account');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('seeds Alex\'s account at its house requirement, so the simulator provokes warnings and a call within minutes', async () => {
    const { post, feed } = platform;
    const accounts = await post(`{ marginAccounts { id name houseMultiplier minimumTransferAmount status { utilization } } }`);
    const alex = (accounts.data.marginAccounts as Array<{ id: string; name: string; houseMultiplier: number; minimumTransferAmount: number; status: { utilization: number } }>).find((a) => a.name === 'Margin')!;
    expect(alex.minimumTransferAmount).toBe(0);
    expect(alex.houseMultiplier).toBeGreaterThan(1);
    expect(alex.status.utilization).toBeGreaterThan(0.995);
    expect(alex.status.utilization).toBeLessThan(1.005);
    const warnings = await post(`query($id: ID!) { marginAccount(id: $id) { warnings { kind utilization } } }`, { id: alex.id });
    expect(warnings.data.marginAccount.warnings.map((w: { kind: string }) => w.kind)).toContain('UTILIZATION');
    // At most ten simulated minutes of ticks until a call is raised.
    feed.start();
    let ticks = 0;
    for (; ticks < 600; ticks += 1) {
      await platform.tick();
      if ((await statusOf(alex.id)).liveCall !== null) break;
    }
    feed.stop();
    expect(ticks).toBeLessThan(600);
    expect((await statusOf(alex.id)).liveCall?.kind).toBe('HOUSE');
  });

  it('shows the accounts as cards on a 390×844 phone', async () => {
    const { page, errors } = await platform.open({ route: '#/margin', viewport: PHONE, now: platform.clock.now() });
    const rows = page.getByRole('region', { name: 'Accounts' }).locator('tr.margin-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(SEEDED_ACCOUNTS.length + 1);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    expect(await rows.first().locator('.util-value').isVisible()).toBe(true);
    expect(await rows.first().locator('td[data-label="Equity"]').isVisible()).toBe(true);
    await platform.screenshot(page, 'margin');
    await page.goto(`${platform.baseUrl}/#/margin/${levered.accountId}`);
    await page.getByRole('region', { name: LEVERED }).locator('.ui-stat').first().waitFor({ timeout: 15_000 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await platform.screenshot(page, 'margin-account');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
