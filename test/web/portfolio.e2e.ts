import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, hasChromium, useWebPlatform } from '../support/webPlatform.ts';

/**
 * The Portfolio page in real Chromium over the demo graph: the list, a deep link to one book with
 * its positions at the gateway's prices and a live price moving without a reload, the
 * record-trades form (a refused trade names its field; a good one lands in the trades and the
 * position), the performance chart, and the optimiser's weights, frontier and an executed rebalance.
 */
describe.skipIf(!hasChromium)('Portfolio page', () => {
  const platform = useWebPlatform({ years: 0.6, minuteDays: 1 });

  const bookId = async (name: string): Promise<string> => {
    const r = await platform.post(`query($s: String) { portfolios(filter: { search: $s }) { edges { node { id name } } } }`, { s: name });
    expect(r.errors).toBeUndefined();
    return r.data.portfolios.edges.find((e: { node: { name: string } }) => e.node.name === name).node.id;
  };
  const positionsOf = async (id: string) => {
    const r = await platform.post(`query($id: ID!) { portfolio(id: $id) { cash positions { symbol quantity } trades(first: 1) { totalCount } } }`, { id });
    expect(r.errors).toBeUndefined();
    return r.data.portfolio as { cash: number; positions: { symbol: string; quantity: number }[]; trades: { totalCount: number } };
  };

  it('lists the books and opens one from the list', async () => {
    const { page, errors } = await platform.open({ route: '#/portfolio', viewport: DESKTOP });
    const rows = page.locator('tr[data-portfolio]');
    const count = (await platform.post(`{ portfolios { totalCount } }`)).data.portfolios.totalCount as number;
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(count);
    await page.getByRole('link', { name: 'Alex Personal' }).click();
    await expect.poll(() => page.evaluate('window.location.hash')).toBe(`#/portfolio/${await bookId('Alex Personal')}`);
    await page.getByRole('heading', { name: 'Alex Personal' }).waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows positions with live prices, records a trade (field errors first), charts performance and executes a rebalance', async () => {
    const id = await bookId('Alex Personal');
    const { page, errors } = await platform.open({ route: `#/portfolio/${id}`, viewport: DESKTOP });
    const before = await positionsOf(id);
    const positions = page.getByRole('region', { name: 'Positions' });
    await expect.poll(() => positions.locator('tr[data-symbol]').count(), { timeout: 15_000 }).toBe(before.positions.length);
    expect((await positions.locator('tr[data-symbol]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-symbol')))).sort()).toEqual(before.positions.map((p) => p.symbol).sort());
    expect(await page.getByTestId('portfolio-cash').innerText()).toBe(before.cash.toLocaleString('en-US', { maximumFractionDigits: 0 }));
    // Performance: the chart (a canvas from lightweight-charts) and the time-weighted return.
    const performance = page.getByRole('region', { name: 'Performance' });
    await performance.locator('canvas').first().waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('twr').innerText()).toMatch(/^[+−]?\d+\.\d\d%$/);
    // Allocation bars sum to the whole.
    expect(await page.getByRole('list', { name: 'Allocation by holding' }).locator('li').count()).toBe(before.positions.length + 1);

    // Live: a simulator tick moves a held price in the table without a reload.
    const symbol = before.positions[0]!.symbol;
    const price = positions.locator(`tr[data-symbol="${symbol}"] .live-price`);
    const shown = await price.innerText();
    await expect
      .poll(
        async () => {
          await platform.tick();
          return price.innerText();
        },
        { timeout: 15_000, interval: 200 },
      )
      .not.toBe(shown);

    // Record trades: a negative quantity is refused by the server, named next to its input.
    const form = page.getByRole('form', { name: 'Record trades' });
    await form.getByLabel('Symbol').fill('msft');
    await form.getByLabel('Quantity').fill('-3');
    await form.getByLabel('Price').fill('400');
    await form.getByLabel('Time (UTC)').fill('2026-01-06T14:30');
    await form.getByRole('button', { name: 'Record trade' }).click();
    const quantityError = form.locator('.ui-field-error');
    await quantityError.waitFor({ timeout: 10_000 });
    expect(await quantityError.innerText()).toContain('BAD_USER_INPUT');
    expect(await form.getByLabel('Quantity').getAttribute('aria-invalid')).toBe('true');
    expect((await positionsOf(id)).trades.totalCount).toBe(before.trades.totalCount);
    // Fixed: the trade is written, listed first and the position grows.
    await form.getByLabel('Quantity').fill('3');
    await form.getByRole('button', { name: 'Record trade' }).click();
    await form.getByRole('status').filter({ hasText: 'Recorded 1 trade' }).waitFor({ timeout: 10_000 });
    const after = await positionsOf(id);
    expect(after.trades.totalCount).toBe(before.trades.totalCount + 1);
    const trades = page.getByRole('region', { name: 'Trades' });
    await expect.poll(() => trades.locator('tr[data-trade]').first().innerText(), { timeout: 10_000 }).toMatch(/2026-01-06 14:30 UTC\s+BUY\s+MSFT\s+3\s+400\.00/);
    const msft = after.positions.find((p) => p.symbol === 'MSFT')!;
    expect(msft.quantity).toBe((before.positions.find((p) => p.symbol === 'MSFT')?.quantity ?? 0) + 3);
    await expect.poll(() => positions.locator('tr[data-symbol="MSFT"] td').nth(1).innerText(), { timeout: 10_000 }).toBe(msft.quantity.toLocaleString('en-US', { maximumFractionDigits: 6 }));

    // Cash: an overdraft is refused by field; a deposit lands in the ledger and the balance.
    const cashPanel = page.getByRole('region', { name: 'Cash' });
    const cashBefore = (await positionsOf(id)).cash;
    await cashPanel.getByLabel('Amount').fill(String(Math.ceil(cashBefore) + 1_000_000));
    await cashPanel.getByRole('button', { name: 'Withdraw' }).click();
    await cashPanel.locator('.ui-field-error').filter({ hasText: 'overdraw' }).waitFor({ timeout: 10_000 });
    await cashPanel.getByLabel('Amount').fill('2500');
    await cashPanel.getByRole('button', { name: 'Deposit' }).click();
    await expect.poll(() => positionsOf(id).then((p) => p.cash), { timeout: 10_000 }).toBeCloseTo(cashBefore + 2500, 6);
    await expect.poll(() => cashPanel.locator('tr').filter({ hasText: 'deposit' }).first().innerText(), { timeout: 10_000 }).toContain('+2,500.00');
    await expect.poll(() => page.getByTestId('portfolio-cash').innerText(), { timeout: 10_000 }).toBe((cashBefore + 2500).toLocaleString('en-US', { maximumFractionDigits: 0 }));

    // Optimiser: minimum variance with a 40% cap → weights, frontier; propose then execute the rebalance.
    const optimiser = page.getByRole('region', { name: 'Optimiser' });
    // An unreachable target return is refused: the error shows and the form stays to change it.
    await optimiser.getByLabel('Method').selectOption('TARGET_RETURN');
    await optimiser.getByLabel('Target return % a year').fill('5000');
    await optimiser.getByRole('button', { name: 'Optimise' }).click();
    await optimiser.getByRole('alert').filter({ hasText: 'BAD_USER_INPUT' }).waitFor({ timeout: 30_000 });
    expect(await optimiser.getByLabel('Method').isVisible()).toBe(true);
    await optimiser.getByLabel('Method').selectOption('MIN_VARIANCE');
    await optimiser.getByLabel('Max weight %').fill('40');
    await optimiser.getByRole('button', { name: 'Optimise' }).click();
    await expect.poll(() => optimiser.locator('tr[data-symbol]').count(), { timeout: 30_000 }).toBe(after.positions.length);
    const weights = (await optimiser.locator('tr[data-symbol] td:nth-child(3)').allInnerTexts()).map((t) => Number(t.replace('%', '')));
    expect(Math.max(...weights)).toBeLessThanOrEqual(40.05);
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(100, 0);
    expect(await optimiser.getByRole('img', { name: /Efficient frontier/ }).locator('circle').count()).toBeGreaterThan(5);
    await optimiser.getByRole('button', { name: 'Propose trades' }).click();
    await expect.poll(() => page.getByTestId('rebalance-status').innerText(), { timeout: 15_000 }).toMatch(/trades proposed/);
    expect((await positionsOf(id)).trades.totalCount).toBe(after.trades.totalCount);
    await optimiser.getByRole('button', { name: 'Execute rebalance' }).click();
    await expect.poll(() => page.getByTestId('rebalance-status').innerText(), { timeout: 15_000 }).toMatch(/^Executed \d+ trades/);
    const executed = Number((await page.getByTestId('rebalance-status').innerText()).match(/^Executed (\d+)/)![1]);
    expect(executed).toBeGreaterThan(0);
    expect((await positionsOf(id)).trades.totalCount).toBe(after.trades.totalCount + executed);
    await expect.poll(() => trades.getByRole('heading').locator('..').innerText(), { timeout: 10_000 }).toContain(`${after.trades.totalCount + executed} in all`);
    await platform.screenshot(page, 'portfolio');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows value, P&L and positions on a phone', async () => {
    const id = await bookId('Holdings Core Equity');
    const { page, errors } = await platform.open({ route: `#/portfolio/${id}`, viewport: PHONE });
    await page.getByRole('region', { name: 'Positions' }).locator('tr[data-symbol]').first().waitFor({ timeout: 15_000 });
    for (const testId of ['portfolio-value', 'portfolio-cash']) expect(await page.getByTestId(testId).isVisible()).toBe(true);
    expect(await page.locator('tr[data-symbol] .live-price').first().isVisible()).toBe(true);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await platform.screenshot(page, 'portfolio');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
