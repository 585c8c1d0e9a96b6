import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, hasChromium, useWebPlatform } from '../support/webPlatform.ts';

/**
 * The Family office page in real Chromium over the demo family office: the ownership tree with
 * stakes, the trust's look-through holdings at the gateway's look-through quantities and moving
 * with live quotes, the demo goal with its probability of success, and creating a goal and an
 * entity from the page.
 */
describe.skipIf(!hasChromium)('Family office page', () => {
  const platform = useWebPlatform({ years: 0.6, minuteDays: 1 });

  it('shows the ownership tree, the look-through holdings (live) and the goal; creates a goal and an entity', async () => {
    const { page, errors } = await platform.open({ route: '#/family', viewport: DESKTOP });
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('Family office');
    const tree = page.getByRole('list', { name: 'Ownership tree' });
    await tree.locator('li').first().waitFor({ timeout: 15_000 });
    // Trust → 60% of the LLC; Alex and Sam → 20% each.
    const texts = await tree.locator('li').allInnerTexts();
    expect(texts.filter((t) => t.includes('Morgan Holdings LLC')).map((t) => t.match(/(\d+)%/)?.[1]).sort()).toEqual(['20', '20', '60']);
    // The page opens on the head of the family: the trust.
    expect(await tree.locator('a[aria-current="true"]').first().innerText()).toBe('Morgan Family Trust');

    const api = await platform.post(`{ entities { id name } }`);
    const trust = api.data.entities.find((e: { name: string }) => e.name === 'Morgan Family Trust');
    const look = await platform.post(`query($id: ID!) { entity(id: $id) { consolidated { cash portfolios { share portfolio { name } } positions { symbol quantity } } } }`, { id: trust.id });
    const consolidated = look.data.entity.consolidated as { cash: number; portfolios: { share: number; portfolio: { name: string } }[]; positions: { symbol: string; quantity: number }[] };
    const lookthrough = page.getByRole('region', { name: /^Look-through: Morgan Family Trust/ });
    const rows = lookthrough.locator('tr[data-symbol]');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(consolidated.positions.length);
    for (const p of consolidated.positions) {
      expect(await lookthrough.locator(`tr[data-symbol="${p.symbol}"] td`).nth(1).innerText()).toBe(p.quantity.toLocaleString('en-US', { maximumFractionDigits: 6 }));
    }
    const shares = await lookthrough.getByRole('list', { name: 'Portfolios reached' }).innerText();
    for (const s of consolidated.portfolios) expect(shares).toContain(`${s.portfolio.name} ${(s.share * 100).toFixed(1)}%`);

    // The demo goal with its Monte Carlo probability, as the API computes it.
    const goals = page.getByRole('region', { name: 'Goals' });
    const goal = goals.locator('li.goal').filter({ hasText: 'Endowment for the next generation' });
    await goal.waitFor({ timeout: 30_000 });
    const progress = await platform.post(`query($id: ID!) { entity(id: $id) { goals { name progress { probabilityOfReaching } } } }`, { id: trust.id });
    const p = progress.data.entity.goals[0].progress.probabilityOfReaching as number;
    expect(await goal.locator('.goal-probability').innerText()).toBe(`${(p * 100).toFixed(1)}%`);
    await platform.screenshot(page, 'family');

    // Live: quotes move the look-through value without a reload.
    const value = page.getByTestId('lookthrough-value');
    const before = await value.innerText();
    await expect
      .poll(
        async () => {
          await platform.tick();
          return value.innerText();
        },
        { timeout: 15_000, interval: 200 },
      )
      .not.toBe(before);

    // Create a goal: a refused target names its field; a good one appears with its probability.
    const form = page.getByRole('form', { name: 'New goal' });
    await form.getByLabel('Goal name').fill('Grandchildren’s education');
    await form.getByLabel('Target amount').fill('-5');
    await form.getByLabel('Target date').fill('2040-01-01');
    await form.getByLabel('Trust Income').check();
    await form.getByRole('button', { name: 'Create goal' }).click();
    await form.locator('.ui-field-error').waitFor({ timeout: 10_000 });
    expect(await form.getByLabel('Target amount').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Target amount').fill('2500000');
    await form.getByRole('button', { name: 'Create goal' }).click();
    await form.getByRole('status').filter({ hasText: 'created' }).waitFor({ timeout: 15_000 });
    await goals.locator('li.goal').filter({ hasText: 'Grandchildren’s education' }).locator('.goal-probability').waitFor({ timeout: 30_000 });
    const stored = await platform.post(`query($id: ID!) { entity(id: $id) { goals { name targetAmount portfolios { name } } } }`, { id: trust.id });
    expect(stored.data.entity.goals).toContainEqual({ name: 'Grandchildren’s education', targetAmount: 2_500_000, portfolios: [{ name: 'Trust Income' }] });

    // Create an entity owned 100% by the trust: it joins the tree under the trust.
    await page.getByText('New entity', { exact: true }).click();
    const entityForm = page.getByRole('form', { name: 'New entity' });
    await entityForm.getByLabel('Kind').selectOption('FOUNDATION');
    await entityForm.getByLabel('Entity name').fill('Morgan Foundation');
    await entityForm.getByLabel('Owned by').selectOption({ label: 'Morgan Family Trust' });
    await entityForm.getByLabel('Stake %').fill('100');
    await entityForm.getByRole('button', { name: 'Create entity' }).click();
    await expect.poll(() => tree.locator('li').filter({ hasText: 'Morgan Foundation' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await tree.locator('li').filter({ hasText: 'Morgan Foundation' }).innerText()).toContain('100%');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the tree, the look-through value and the goals on a phone', async () => {
    const { page, errors } = await platform.open({ route: '#/family', viewport: PHONE });
    await page.getByTestId('lookthrough-value').waitFor({ timeout: 15_000 });
    // The look-through value is on the first screen.
    expect((await page.getByTestId('lookthrough-value').boundingBox())!.y).toBeLessThan(PHONE.height);
    await page.locator('li.goal .goal-probability').first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('list', { name: 'Ownership tree' }).isVisible()).toBe(true);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await platform.screenshot(page, 'family');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
