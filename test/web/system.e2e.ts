import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, hasChromium, useWebPlatform } from '../support/webPlatform.ts';

/** The System page in real Chromium: every engine of the graph with its health, refreshed in place. */
describe.skipIf(!hasChromium)('System page in a browser', () => {
  const platform = useWebPlatform({ years: 0.6, minuteDays: 1, startFeed: false });

  it('lists the engines up and ready, and refreshes without a reload', async () => {
    const { page, errors } = await platform.open({ route: '#/system', viewport: DESKTOP });
    const engines = page.getByRole('region', { name: 'Engines' });
    for (const name of ['marketdata', 'portfolio', 'risk', 'collateral']) await engines.getByRole('cell', { name: new RegExp(name) }).first().waitFor({ timeout: 15_000 });
    const header = engines.locator('.panel-header .muted');
    await expect.poll(() => header.innerText(), { timeout: 15_000 }).toMatch(/^\d+ of \d+ up · checked /);
    const before = await header.innerText();
    await platform.clock.advance(60_000);
    await engines.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => header.innerText(), { timeout: 10_000 }).not.toBe(before);
    await platform.screenshot(page, 'system');
    await page.setViewportSize(PHONE);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    expect(await engines.locator('thead').isVisible()).toBe(false); // cards, not a sideways scroller
    await platform.screenshot(page, 'system');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
