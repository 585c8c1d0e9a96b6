import { describe, expect, it } from 'vitest';
import type { WebSocketRoute } from 'playwright-core';
import { PHONE, TOKEN, hasChromium, useWebPlatform } from './support/webPlatform.ts';

/**
 * The web client's shell in real Chromium (Debian's package; .ci/run installs it) against the whole
 * demo graph: signing in, routes (case-insensitive deep links, the old `#/AAPL` links, not found),
 * landmarks and keyboard focus, the one connection status for HTTP and the socket, panels that
 * retry by themselves after an outage (and a Retry button), a refused token, the phone layout, and
 * the self-hosted GraphiQL. Page tests live in test/web/.
 */
describe.skipIf(!hasChromium)('web client shell in a browser', () => {
  const platform = useWebPlatform({ years: 0.6, minuteDays: 1 });

  it('signs in with the token prompt and lands on a page with landmarks, one h1 and the status "Live"', async () => {
    const { page, errors } = await platform.open({ signedIn: false });
    await page.getByLabel('API token').fill(TOKEN);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.getByRole('navigation', { name: 'Pages' }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(1);
    for (const title of ['Markets', 'Margin', 'System']) expect(await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: title }).count()).toBe(1);
    await expect.poll(() => page.locator('.connection').getAttribute('data-status'), { timeout: 15_000 }).toBe('connected');
    expect(await page.locator('.connection').innerText()).toBe('Live');
    // The skip link is the first stop of the keyboard and moves focus to <main>.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('main');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens deep links case-insensitively, redirects old #/AAPL links and shows a not-found view with links', async () => {
    const { page, errors } = await platform.open({ route: '#/MARGIN' });
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('Margin');
    expect(await page.getByRole('link', { name: 'Margin', exact: true }).getAttribute('aria-current')).toBe('page');

    await page.goto(`${platform.baseUrl}/#/AAPL`);
    await expect.poll(() => page.evaluate('window.location.hash')).toBe('#/markets/AAPL');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Markets');

    await page.goto(`${platform.baseUrl}/#/Markets/msft`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Markets');
    await page.getByRole('heading', { name: /MSFT/ }).first().waitFor({ timeout: 15_000 });

    await page.goto(`${platform.baseUrl}/#/no-such-page/1`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.getByRole('main').getByRole('link', { name: 'System' }).count()).toBe(1);
    await page.getByRole('main').getByRole('link', { name: 'System' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('System');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('never says "Live" while requests fail, retries with backoff and recovers without a reload; Retry works at once', async () => {
    const { page, errors } = await platform.open({ route: '#/system' });
    // The gateway is unreachable for HTTP from the start (the socket may still connect).
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'NETWORK_ERROR' }).first();
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toMatch(/retrying in \d+ s/);
    expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(1);
    const status = page.locator('.connection');
    expect(['reconnecting', 'offline']).toContain(await status.getAttribute('data-status'));
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 20_000 }).toBe('offline');
    expect(await status.innerText()).not.toContain('Live');

    // Back: the panel recovers by itself (the next backoff retry), and the status says Live again.
    await page.unroute('**/graphql');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'NETWORK_ERROR' }).count(), { timeout: 30_000 }).toBe(0);
    await page.getByRole('region', { name: 'Engines' }).getByRole('cell', { name: /marketdata/ }).first().waitFor();
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 10_000 }).toBe('connected');

    // Down again, then Retry: the answer comes at once instead of after the backoff.
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.getByRole('region', { name: 'Engines' }).getByRole('button', { name: 'Refresh' }).click();
    await page.getByRole('alert').filter({ hasText: 'NETWORK_ERROR' }).first().waitFor({ timeout: 10_000 });
    await page.unroute('**/graphql');
    await page.getByRole('alert').getByRole('button', { name: 'Retry' }).first().click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'NETWORK_ERROR' }).count(), { timeout: 5_000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says "Reconnecting…" while the live socket is down and gets live quotes again when it is back', async () => {
    // Every subscription socket goes through this route: relayed to the gateway while `up`, refused while not.
    let up = true;
    const sockets: WebSocketRoute[] = [];
    const { page, errors } = await platform.open({
      route: '#/markets/AAPL',
      setup: (p) =>
        p.routeWebSocket(/\/graphql$/, (ws) => {
          if (!up) return void ws.close({ code: 1013, reason: 'try again later' });
          ws.connectToServer();
          sockets.push(ws);
        }),
    });
    const status = page.locator('.connection');
    const lastTile = page.getByRole('region', { name: /AAPL/ }).locator('.ui-stat', { hasText: 'Last' }).first();
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 15_000 }).toBe('connected');
    await expect.poll(() => sockets.length, { timeout: 10_000 }).toBeGreaterThan(0);
    // The socket carries quotes before it drops.
    await platform.tick();
    const first = platform.feed.latestQuotes.find((q) => q.symbol === 'AAPL')!;
    await expect.poll(() => lastTile.innerText(), { timeout: 15_000 }).toContain(first.last.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

    // The socket drops and cannot come back: the header stops saying Live.
    up = false;
    for (const ws of sockets) await ws.close({ code: 1012, reason: 'gateway restarting' });
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 10_000 }).toBe('reconnecting');
    expect(await status.innerText()).not.toContain('Live');

    // Back: graphql-ws reconnects by itself, the status is Live again and quotes flow without a reload.
    up = true;
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 30_000 }).toBe('connected');
    await platform.tick();
    const quote = platform.feed.latestQuotes.find((q) => q.symbol === 'AAPL')!;
    await expect.poll(() => lastTile.innerText(), { timeout: 15_000 }).toContain(quote.last.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('asks for the token again when the stored one is refused, without an uncaught error', async () => {
    const context = await platform.browser.newContext();
    await context.addInitScript("window.localStorage.setItem('nautilus.apiToken', 'not-the-token-0000000000')");
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${platform.baseUrl}/#/markets`);
    await page.getByText('The gateway rejected this token').waitFor({ timeout: 15_000 });
    expect(await page.getByLabel('API token').isVisible()).toBe(true);
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lays out for a 390×844 phone without a sideways scroller', async () => {
    const { page, errors } = await platform.open({ route: '#/margin', viewport: PHONE });
    await page.locator('h1', { hasText: 'Margin' }).waitFor({ timeout: 15_000 });
    await page.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    expect(await page.getByRole('navigation', { name: 'Pages' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('serves a self-hosted GraphiQL that runs queries with the stored token (no CDN needed)', async () => {
    const { page } = await platform.open();
    await page.goto(`${platform.baseUrl}/graphiql`);
    // GraphiQL ignores Run until its editor and the introspected schema are ready: retry the click
    // until a response shows.
    const response = page.locator('.graphiql-response');
    await expect
      .poll(
        async () => {
          const text = await response.innerText();
          if (!text.includes('totalCount')) await page.locator('button.graphiql-execute-button').click();
          return text;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toMatch(/"totalCount": 50/);
    await page.context().close();
  });

  it('asks for the token again in GraphiQL when the gateway answers UNAUTHENTICATED', async () => {
    const context = await platform.browser.newContext();
    await context.addInitScript("window.localStorage.setItem('nautilus.apiToken', 'stale-token-000000000000')");
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${platform.baseUrl}/graphiql`);
    await page.getByRole('alert').filter({ hasText: 'UNAUTHENTICATED' }).waitFor({ timeout: 15_000 });
    expect(await page.evaluate("window.localStorage.getItem('nautilus.apiToken')")).toBeNull();
    await page.getByLabel(/API token/).fill(TOKEN);
    await page.getByRole('button', { name: 'Open GraphiQL' }).click();
    await page.locator('button.graphiql-execute-button').waitFor({ timeout: 15_000 });
    expect(await page.evaluate("window.localStorage.getItem('nautilus.apiToken')")).toBe(TOKEN);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('points a browser that opens /graphql to /graphiql, serves assets compressed and cached by hash, and no source maps', async () => {
    const { page } = await platform.open();
    await page.goto(`${platform.baseUrl}/graphql`);
    await page.getByRole('link', { name: 'GraphiQL' }).click();
    await expect.poll(() => page.evaluate('window.location.pathname')).toBe('/graphiql');
    await page.context().close();

    const html = await fetch(`${platform.baseUrl}/`, { headers: { 'accept-encoding': 'br' } });
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/assets\/app-[^"]+\.js)"/.exec(await html.text())?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${platform.baseUrl}${script}`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await asset.text();
    expect(body).not.toContain('sourceMappingURL');
    expect((await fetch(`${platform.baseUrl}${script}.map`)).status).toBe(404);
  });
});
