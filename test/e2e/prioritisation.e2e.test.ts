import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInThroughApi } from './pages/sign-in-page.ts';
import { axeViolations, newContext } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

// The secretariat prioritises the demo round OFS 2025-2026: scores two proposals, runs the
// optimiser and forces one proposal out; the reader sees the ranking but cannot score.

const session = useBrowserSession();

async function person(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(session.browser, session.server.baseUrl);
  await signInThroughApi(context, username);
  return { context, page: await context.newPage() };
}

async function openPrioritisation(page: Page): Promise<void> {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: 'Beslutninger' })
    .click();
  await page
    .getByRole('link', { name: 'Oversigt over indkomne ansøgninger, OFS 2025-2026' })
    .click();
  await page
    .getByRole('navigation', { name: 'Sider for OFS 2025-2026' })
    .getByRole('link', { name: 'Prioritering' })
    .click();
  await page.getByRole('heading', { name: 'Prioritering af rundens forslag', level: 1 }).waitFor();
}

const row = (page: Page, code: string) =>
  page.getByTestId('scores').getByRole('row').filter({ hasText: code });

describe('prioritising a round in the browser', () => {
  it('scores two proposals, ranks them, and finds the best choice with one proposal forced out', async () => {
    const { page } = await person('sekretariat');
    await openPrioritisation(page);
    for (const [code, points] of [
      ['BC02', ['5', '4', '4']],
      ['BC39', ['2', '3', '3']],
    ] as const) {
      const [potential, maturity, resources] = points;
      await page.getByLabel(`Potentiale for ${code}`).fill(potential);
      await page.getByLabel(`Teknisk modenhed for ${code}`).fill(maturity);
      await page.getByLabel(`Projektlederressourcer for ${code}`).fill(resources);
      await page.getByRole('button', { name: `Gem point for ${code}` }).click();
      await row(page, code).getByText('Pointene er gemt.').waitFor();
    }
    // Weights 2, 1, 1: BC02 scores 5·2 + 4 + 4 = 18 and ranks first.
    expect(await row(page, 'BC02').getByRole('cell').first().textContent()).toBe('1');
    expect(await row(page, 'BC02').textContent()).toContain('18');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Beregn det bedste valg' }).click();
    const answer = page.getByTestId('optimum');
    await answer.getByText('Løseren har bevist, at der ikke findes et bedre valg.').waitFor();
    expect(await answer.getByRole('row').filter({ hasText: 'BC01' }).textContent()).not.toContain(
      'Holdt ude',
    );

    await page.getByLabel(/^BC01 /).selectOption({ label: 'Holdes ude' });
    await page.getByRole('button', { name: 'Beregn det bedste valg' }).click();
    await answer.getByRole('row').filter({ hasText: 'BC01' }).getByText('Holdt ude').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the reader the ranking without inputs or the optimiser', async () => {
    const { page } = await person('laeser');
    await openPrioritisation(page);
    expect(await page.getByTestId('scores').getByRole('spinbutton').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Beregn det bedste valg' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
