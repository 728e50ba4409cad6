import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInThroughApi } from './pages/sign-in-page.ts';
import { axeViolations, newContext } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

// The live overview of the demo round OFS 2025-2026 (seed 000's appendix): the secretariat
// finds it from the rounds, reads seed 000's figures and the rounding difference, and gives
// codes; the reader reads the same overview without the secretariat's button.

const session = useBrowserSession();
const TITLE = 'Oversigt over indkomne ansøgninger, OFS 2025-2026';

async function person(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(session.browser, session.server.baseUrl);
  await signInThroughApi(context, username);
  return { context, page: await context.newPage() };
}

async function openOverview(page: Page): Promise<void> {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: 'Beslutninger' })
    .click();
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
}

const rowText = (page: Page, name: RegExp) =>
  page.getByTestId('round-overview').getByRole('row', { name }).textContent();

describe('the round overview in the browser', () => {
  it('shows the secretariat seed 000’s figures, the rounding difference and the pools, and gives codes', async () => {
    const { page } = await person('sekretariat');
    await openOverview(page);
    expect(await rowText(page, /Test af AI-tolk/)).toContain('1.017');
    expect(await rowText(page, /Digitalt Jobunivers/)).toContain('1.989');
    expect(await rowText(page, /Automatisering af visitationsproces/)).toContain('1.946');
    expect(await rowText(page, /^I alt udmøntning fra puljerne/)).toContain('4.951');
    expect(await page.getByTestId('rounding-difference').textContent()).toContain(
      'giver tilsammen 4.952, årenes afrundede summer 4.951. Afrundingsdifference: 1.',
    );
    const left = await page
      .getByTestId('remaining-innovation')
      .getByRole('cell')
      .nth(1)
      .textContent();
    expect(left).toBe('12.967');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Giv forslag uden kode deres koder' }).click();
    await page.getByText('Alle indkomne forslag har allerede en kode.').waitFor();
  });

  it('shows the reader the same overview, without the button that gives codes', async () => {
    const { page } = await person('laeser');
    await openOverview(page);
    expect(await rowText(page, /^I alt udmøntning fra puljerne/)).toContain('4.951');
    expect(await page.getByRole('button', { name: /deres koder/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
