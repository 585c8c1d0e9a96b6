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
    const books = page.locator('tr[data-portfolio]');
    await expect.poll(() => books.count(), { timeout: 15_000 }).toBe(3);

    // The same figures through the API: Σ positions' market value + cash.
    const api = await platform.post(`{ portfolios { edges { node { id name cash positions { marketValue } } } } }`);
    expect(api.errors).toBeUndefined();
    const nodes = api.data.portfolios.edges.map((e: { node: { id: string; name: string; cash: number; positions: { marketValue: number }[] } }) => e.node);
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
    expect(await alerts.locator('.alert-item').count()).toBe(0);
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
    expect(await alerts.getByRole('heading').innerText()).toBe('Alerts (1)');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the total, the day’s P&L and every book on a phone', async () => {
    const { page, errors } = await platform.open({ route: '#/overview', viewport: PHONE });
    await expect.poll(() => page.locator('tr[data-portfolio]').count(), { timeout: 15_000 }).toBe(3);
    for (const id of ['total-value', 'day-pnl']) expect(await page.getByTestId(id).isVisible()).toBe(true);
    expect(await page.locator('tr[data-portfolio] .book-value').first().isVisible()).toBe(true);
    // Nothing scrolls sideways.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await platform.screenshot(page, 'overview');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
