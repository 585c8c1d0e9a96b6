import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, hasChromium, useWebPlatform } from '../support/webPlatform.ts';

/**
 * The Strategies page in real Chromium over the demo graph with the strategy engine (its
 * backtest runner on worker threads, the paper broker filling against the simulator's quotes, the
 * fill recorder writing portfolio trades) with the demo strategies: live signals arriving, a
 * backtest run from the form with its progress, results and a sweep heat map, and a paper market
 * order placed from the blotter and filled by the next quotes, its events arriving live.
 */
describe.skipIf(!hasChromium)('Strategies page', () => {
  // 1.2 years of daily bars: enough for a 10,000-cell event-driven sweep to run for seconds (the cancel below).
  const platform = useWebPlatform({ years: 1.2, minuteDays: 1, strategies: true });
  const post: typeof platform.post = (...args) => platform.post(...args);
  const open = (viewport: { width: number; height: number }) => platform.open({ route: '#/strategies', viewport });

  it('lists the strategies, shows live signals, runs a backtest with a sweep and fills a paper order live', async () => {
    const { page, errors } = await open(DESKTOP);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('Strategies');
    const configured = (await post(`{ strategies { id } }`)).data.strategies.length as number;
    expect(configured).toBeGreaterThan(0);
    await expect.poll(() => page.locator('tr[data-strategy]').count(), { timeout: 15_000 }).toBe(configured);

    // Live signals: the runner ticks (the demo's active strategy), signals arrive without a reload.
    const feed = page.getByRole('region', { name: /^Live signals/ });
    expect(await feed.locator('li.signal').count()).toBe(0);
    await expect
      .poll(
        async () => {
          await platform.signals!.tick();
          return feed.locator('li.signal').count();
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBeGreaterThan(0);
    const stored = await post(`{ signals(first: 5) { totalCount edges { node { symbol strategy { name } } } } }`);
    expect(stored.data.signals.totalCount).toBeGreaterThan(0);
    expect(await feed.locator('li.signal').first().innerText()).toContain('Large-cap trend (SMA 10/50)');

    // A backtest of the active strategy with a 2 × 2 sweep of its moving averages.
    const form = page.getByRole('form', { name: 'Backtest' });
    await form.getByLabel('Strategy').selectOption({ label: 'Large-cap trend (SMA 10/50)' });
    await form.getByLabel('From', { exact: true }).fill('2025-06-01');
    await form.getByLabel('To', { exact: true }).fill('2026-01-05');
    await form.getByLabel('Sweep parameter').selectOption('fast');
    await form.getByLabel('fast values').fill('5, 10');
    await form.getByLabel('Second parameter').selectOption('slow');
    await form.getByLabel('slow values').fill('30, 50');
    await form.getByRole('button', { name: 'Run backtest' }).click();
    await page.getByRole('progressbar', { name: 'Backtest progress' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => page.getByTestId('backtest-status').innerText(), { timeout: 60_000 }).toMatch(/^COMPLETED 100%/);
    const results = page.getByLabel('Backtest results');
    await results.getByTestId('bt-return').waitFor({ timeout: 15_000 });
    const heat = results.getByRole('table', { name: 'Sweep heat map' });
    expect(await heat.locator('tbody td').count()).toBe(4);
    expect(await results.locator('canvas').count()).toBeGreaterThan(0);
    const runs = await post(`{ backtests(first: 1) { status metrics { totalReturn } sweep { parameters } } }`);
    expect(runs.data.backtests[0].status).toBe('COMPLETED');
    expect(runs.data.backtests[0].sweep).toHaveLength(4);
    await platform.screenshot(page, 'strategies');

    // A long run (event-driven, a 50 × 200 sweep: the 10,000-cell maximum) cancelled from the page while it runs.
    await form.getByLabel('From', { exact: true }).fill('2025-01-01');
    await form.getByLabel('Mode').selectOption('EVENT');
    await form.getByLabel('fast values').fill(Array.from({ length: 50 }, (_, i) => i + 2).join(', '));
    await form.getByLabel('slow values').fill(Array.from({ length: 200 }, (_, i) => 52 + i).join(', '));
    await form.getByRole('button', { name: 'Run backtest' }).click();
    await expect.poll(() => page.getByTestId('backtest-status').innerText(), { timeout: 30_000 }).toMatch(/^(QUEUED|RUNNING) /);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByTestId('backtest-status').innerText(), { timeout: 15_000 }).toMatch(/^CANCELLED /);
    expect((await post(`{ backtests(first: 1) { status error } }`)).data.backtests[0]).toEqual({ status: 'CANCELLED', error: 'cancelled by the user' });

    // Pause/activate: the paused momentum strategy is activated from its row.
    await page.getByRole('button', { name: 'Activate Multi-asset momentum' }).click();
    await page.getByRole('button', { name: 'Pause Multi-asset momentum' }).waitFor({ timeout: 10_000 });
    const momentum = await post(`{ strategies(status: ACTIVE) { name } }`);
    expect(momentum.data.strategies.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['Large-cap trend (SMA 10/50)', 'Multi-asset momentum']));

    // A paper market order from the blotter: accepted, then filled by the next quotes, live.
    const blotter = page.getByRole('region', { name: 'Paper orders' });
    const orderForm = blotter.getByRole('form', { name: 'Place paper order' });
    await orderForm.getByLabel('Symbol').fill('AAPL');
    await orderForm.getByLabel('Order quantity').fill('-1');
    await orderForm.getByRole('button', { name: 'Place order' }).click();
    await orderForm.locator('.ui-field-error, [role="alert"]').first().waitFor({ timeout: 10_000 });
    await orderForm.getByLabel('Order quantity').fill('2');
    await orderForm.getByRole('button', { name: 'Place order' }).click();
    const row = blotter.locator('tr[data-order]').first();
    await row.waitFor({ timeout: 10_000 });
    await expect
      .poll(
        async () => {
          await platform.clock.advance(1000);
          return row.getAttribute('data-status');
        },
        { timeout: 20_000, interval: 300 },
      )
      .toBe('FILLED');
    await blotter.getByRole('list', { name: 'Order events' }).locator('li').filter({ hasText: 'FILLED' }).first().waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the strategies and signals on a phone', async () => {
    const { page, errors } = await open(PHONE);
    const configured = (await post(`{ strategies { id } }`)).data.strategies.length as number;
    expect(configured).toBeGreaterThan(0);
    await expect.poll(() => page.locator('tr[data-strategy]').count(), { timeout: 15_000 }).toBe(configured);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await platform.screenshot(page, 'strategies');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
