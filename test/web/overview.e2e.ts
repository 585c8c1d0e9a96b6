import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, hasChromium, useWebPlatform } from '../support/webPlatform.ts';

const money = (value: number) => {
  const text = value.toLocaleString('en-US', { maximumFractionDigits: 0 });
  return text === '-0' ? '0' : text;
};

/**
 * The Overview page in real Chromium over the demo graph: the three demo books valued at the
 * gateway's prices with the family office's total, the total moving with live quotes without a
 * reload, and a risk-limit breach arriving in the alert feed the moment a report raises it.
 */
describe.skipIf(!hasChromium)('Overview page', () => {
  const platform = useWebPlatform({ years: 0.6, minuteDays: 1 });

  it('shows every book and the total at the gateway’s prices, follows live quotes, and shows a breach as it is raised', async () => {
    const { page, errors } = await platform.open({ route: '#/overview', viewport: DESKTOP });
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('Overview');
    // The same figures through the API: Σ positions' market value + cash.
    const api = await platform.post(`{ portfolios { edges { node { id name cash positions { marketValue } } } } }`);
    expect(api.errors).toBeUndefined();
    const nodes = api.data.portfolios.edges.map((e: { node: { id: string; name: string; cash: number; positions: { marketValue: number }[] } }) => e.node);
    expect(nodes.map((n: { name: string }) => n.name)).toEqual(expect.arrayContaining(['Holdings Core Equity', 'Trust Income', 'Alex Personal']));
    const books = page.locator('tr[data-portfolio]');
    await expect.poll(() => books.count(), { timeout: 15_000 }).toBe(nodes.length);
    const valueOf = (n: (typeof nodes)[number]) => n.cash + n.positions.reduce((s: number, p: { marketValue: number }) => s + p.marketValue, 0);
    expect((await page.locator('tr[data-portfolio] td:first-child').allInnerTexts()).sort()).toEqual(nodes.map((n: { name: string }) => n.name).sort());
    for (const n of nodes) expect(await page.locator(`tr[data-portfolio="${n.id}"] .book-value`).innerText()).toBe(money(valueOf(n)));
    const total = page.getByTestId('total-value');
    expect(await total.innerText()).toBe(money(nodes.reduce((s: number, n: (typeof nodes)[number]) => s + valueOf(n), 0)));
    expect(await page.getByTestId('day-pnl').innerText()).toMatch(/^([+−][\d,]+|0)$/);
    expect(await page.getByText('Morgan Family Trust').first().isVisible()).toBe(true);
    await platform.screenshot(page, 'overview');

    // Live: the simulator ticks; the total follows the quotes with no reload.
    const before = await total.innerText();
    await expect
      .poll(
        async () => {
          await platform.tick();
          return total.innerText();
        },
        { timeout: 15_000, interval: 200 },
      )
      .not.toBe(before);

    // A live alert: a VaR limit far below the book's VaR, then a report (through the API) breaches it.
    const alerts = page.getByRole('region', { name: /^Alerts/ });
    // (The demo's margin accounts may already have raised calls or warnings: only breaches are counted here.)
    expect(await alerts.locator('.alert-item--breach').count()).toBe(0);
    const target = nodes.find((n: { name: string }) => n.name === 'Trust Income')!;
    const limit = await platform.post(`mutation($i: CreateRiskLimitInput!) { createRiskLimit(input: $i) { id } }`, { i: { portfolioId: target.id, kind: 'VAR', threshold: 1 } });
    expect(limit.errors).toBeUndefined();
    const report = await platform.post(`query($id: ID!) { portfolio(id: $id) { riskReport { var breaches { id } } } }`, { id: target.id });
    expect(report.errors).toBeUndefined();
    expect(report.data.portfolio.riskReport.breaches).toHaveLength(1);
    const item = alerts.locator('.alert-item--breach');
    await item.first().waitFor({ timeout: 10_000 });
    expect(await item.locator('.alert-subject').innerText()).toBe('Trust Income');
    expect(await item.locator('.alert-message').innerText()).toBe(`VAR limit breached: ${money(report.data.portfolio.riskReport.var)} over 1`);
    expect(await item.locator('.alert-subject').getAttribute('href')).toBe(`#/risk/${target.id}`);
    expect(await item.count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a margin call the moment the monitor raises it, and open calls when the page opens', async () => {
    const { pool, post, monitor, bus, clock } = platform;
    // A leveraged book: half of 1,000 WMT (held by no demo book) bought on margin at the last close.
    const { rows } = await pool.query<{ id: string; close: number }>(
      `SELECT i.id::text, b.close FROM marketdata.instrument i JOIN LATERAL (SELECT close FROM marketdata.bar WHERE instrument_id = i.id AND interval = '1d' ORDER BY ts DESC LIMIT 1) b ON true WHERE i.symbol = 'WMT'`,
    );
    const instrumentId = rows[0]!.id;
    const price = Math.round(rows[0]!.close * 100) / 100;
    const owner = (await post(`mutation { createEntity(input: { kind: PERSON, name: "Ada Lovelace" }) { id } }`)).data.createEntity.id as string;
    const book = (await post(`mutation($e: ID!) { createPortfolio(input: { entityId: $e, name: "Ada Levered" }) { id } }`, { e: owner })).data.createPortfolio.id as string;
    expect((await post(`mutation($i: CashInput!) { depositCash(input: $i) { amount } }`, { i: { portfolioId: book, amount: Math.round(500 * price), ts: '2026-01-05T14:00:00Z' } })).errors).toBeUndefined();
    const trade = { symbol: 'WMT', side: 'BUY', quantity: 1000, price, fees: 0, ts: '2026-01-05T15:00:00Z' };
    expect((await post(`mutation($i: RecordTradesInput!) { recordTrades(input: $i) { id } }`, { i: { portfolioId: book, trades: [trade] } })).errors).toBeUndefined();
    const account = await post(`mutation($i: CreateMarginAccountInput!) { createMarginAccount(input: $i) { id status { inCall } } }`, {
      i: { ownerId: owner, name: 'Levered Reg T', broker: 'Test Prime', methodology: 'REG_T', portfolioIds: [book] },
    });
    expect(account.data.createMarginAccount.status.inCall).toBe(false);

    const { page, errors } = await platform.open({ route: '#/overview', viewport: DESKTOP, now: clock.now() });
    const alerts = page.getByRole('region', { name: /^Alerts/ });
    const count = (await post(`{ portfolios { totalCount } }`)).data.portfolios.totalCount as number;
    await expect.poll(() => page.locator('tr[data-portfolio]').count(), { timeout: 15_000 }).toBe(count);
    const leveredCalls = alerts.locator('.alert-item--call').filter({ hasText: 'Levered Reg T' });
    expect(await leveredCalls.count()).toBe(0);
    // WMT crashes 70% (straight onto the bus, as the feed would publish it): the monitor raises a call.
    const crash = Math.round(price * 30) / 100;
    await bus.publish('marketdata.quote', { instrumentId, symbol: 'WMT', bid: crash - 0.01, ask: crash + 0.01, last: crash, size: 100, ts: new Date(clock.now()).toISOString() });
    await expect.poll(() => monitor.readModel.price(instrumentId), { timeout: 5_000, interval: 10 }).toBe(crash);
    await monitor.idle();
    const status = await post(`query($id: ID!) { marginAccount(id: $id) { liveCall { kind amountDue } } }`, { id: account.data.createMarginAccount.id });
    const call = status.data.marginAccount.liveCall as { kind: string; amountDue: number };
    expect(call).not.toBeNull();
    const item = leveredCalls;
    await item.first().waitFor({ timeout: 10_000 });
    expect(await item.locator('.alert-subject').innerText()).toBe('Levered Reg T');
    expect(await item.locator('.alert-message').innerText()).toMatch(new RegExp(`^${call.kind} call: USD ${call.amountDue.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} due `));
    expect(await item.locator('.alert-subject').getAttribute('href')).toBe(`#/margin/${account.data.createMarginAccount.id}`);
    await page.context().close();

    // A page opened later starts its feed with the call still open.
    const later = await platform.open({ route: '#/overview', viewport: DESKTOP, now: clock.now() });
    await later.page.getByRole('region', { name: /^Alerts/ }).locator('.alert-item--call').filter({ hasText: 'Levered Reg T' }).first().waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    expect(later.errors).toEqual([]);
    await later.page.context().close();
  });

  it('shows the total, the day’s P&L and every book on a phone', async () => {
    const { page, errors } = await platform.open({ route: '#/overview', viewport: PHONE });
    await expect.poll(() => page.locator('tr[data-portfolio]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    for (const id of ['total-value', 'day-pnl']) expect(await page.getByTestId(id).isVisible()).toBe(true);
    expect(await page.locator('tr[data-portfolio] .book-value').first().isVisible()).toBe(true);
    // Nothing scrolls sideways.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await platform.screenshot(page, 'overview');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
