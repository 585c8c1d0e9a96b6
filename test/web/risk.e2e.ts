import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, hasChromium, useWebPlatform } from '../support/webPlatform.ts';

const money = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });

/**
 * The Risk page in real Chromium over the demo graph: VaR and ES of a demo book as the risk
 * engine computes them, by every method, the P&L histogram, contributions, stress, the backtest's
 * Basel zone; then a limit created from the page, breached by the next report, arriving in the
 * live breach list without a reload; and editing the limit.
 */
describe.skipIf(!hasChromium)('Risk page', () => {
  const platform = useWebPlatform({ minuteDays: 1 });

  const bookId = async (name: string): Promise<string> => {
    const r = await platform.post(`query($s: String) { portfolios(filter: { search: $s }) { edges { node { id name } } } }`, { s: name });
    return r.data.portfolios.edges.find((e: { node: { name: string } }) => e.node.name === name).node.id;
  };

  it('shows VaR/ES by method, the distribution, contributions, stress and the backtest; creates a limit whose breach arrives live', async () => {
    const id = await bookId('Holdings Core Equity');
    const { page, errors } = await platform.open({ route: `#/risk/${id}`, viewport: DESKTOP });
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('Risk');
    const varTile = page.getByTestId('var');
    await varTile.waitFor({ timeout: 30_000 });

    // The same report through the API (historical, 99%, 1 day: the page's defaults).
    const api = await platform.post(`query($id: ID!) { portfolio(id: $id) { riskReport { var es contributions { symbol } stress { scenario } } varBacktest { zone exceptions } } }`, { id });
    expect(api.errors).toBeUndefined();
    const report = api.data.portfolio.riskReport;
    expect(await varTile.innerText()).toBe(money(report.var));
    expect(await page.getByTestId('es').innerText()).toBe(money(report.es));

    const methods = page.getByRole('region', { name: 'VaR and ES by method' });
    await expect.poll(() => methods.locator('tr[data-method]').count(), { timeout: 30_000 }).toBe(6);
    expect(await methods.locator('tr[data-method="HISTORICAL"] td').nth(1).innerText()).toBe(money(report.var));
    const histogram = page.getByRole('region', { name: 'P&L distribution' }).getByRole('img', { name: /Histogram of \d+ daily P&L values/ });
    await histogram.waitFor({ timeout: 15_000 });
    expect(await histogram.locator('rect').count()).toBe(30);
    expect(await page.getByRole('list', { name: 'Component VaR by holding' }).locator('li').count()).toBe(report.contributions.length);
    expect(await page.getByRole('list', { name: 'Stress P&L by scenario' }).locator('li').count()).toBe(report.stress.length);
    const zone = page.getByTestId('basel-zone');
    await zone.waitFor({ timeout: 30_000 });
    expect(await zone.innerText()).toBe(api.data.portfolio.varBacktest.zone);
    await platform.screenshot(page, 'risk');

    // A VaR limit far below the book's VaR, created from the page…
    const limits = page.getByRole('region', { name: 'Limits' });
    const form = limits.getByRole('form', { name: 'New limit' });
    await form.getByLabel('Limit kind').selectOption('VAR');
    await form.getByLabel(/Threshold/).fill('0');
    await form.getByRole('button', { name: 'Create limit' }).click();
    await form.locator('.ui-field-error').waitFor({ timeout: 10_000 });
    expect(await form.getByLabel(/Threshold/).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel(/Threshold/).fill('1000');
    await form.getByRole('button', { name: 'Create limit' }).click();
    await form.getByRole('status').filter({ hasText: 'Created a VAR limit at 1,000' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => limits.locator('li[data-limit]').count(), { timeout: 10_000 }).toBe(1);
    const stored = await platform.post(`query($id: ID!) { portfolio(id: $id) { riskLimits { id kind threshold active } } }`, { id });
    const limit = stored.data.portfolio.riskLimits[0];
    expect(limit).toMatchObject({ kind: 'VAR', threshold: 1000, active: true });

    // …and the next report breaches it: the breach arrives in the live list (subscription).
    const breaches = limits.getByRole('region', { name: 'Live breaches' });
    expect(await breaches.locator('li.breach').count()).toBe(0);
    await page.getByRole('button', { name: 'Recompute', exact: true }).click();
    await breaches.locator('li.breach').first().waitFor({ timeout: 30_000 });
    expect(await breaches.locator('li.breach').first().innerText()).toMatch(/^VAR [\d,]+ over 1,000/);

    // Edit: raise the threshold and deactivate; the API has the new values.
    const row = limits.locator(`li[data-limit="${limit.id}"]`);
    await row.getByLabel(/VaR threshold/).fill('5000000');
    await row.getByLabel('active').uncheck();
    await row.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await platform.post(`query($id: ID!) { riskLimit(id: $id) { threshold active } }`, { id: limit.id })).data.riskLimit, { timeout: 10_000 })
      .toEqual({ threshold: 5_000_000, active: false });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows VaR, ES and the zone on a phone', async () => {
    const id = await bookId('Trust Income');
    const { page, errors } = await platform.open({ route: `#/risk/${id}`, viewport: PHONE });
    await page.getByTestId('var').waitFor({ timeout: 30_000 });
    await page.getByTestId('basel-zone').waitFor({ timeout: 30_000 });
    for (const testId of ['var', 'es', 'basel-zone']) expect(await page.getByTestId(testId).isVisible()).toBe(true);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await platform.screenshot(page, 'risk');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
