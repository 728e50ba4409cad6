import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DecisionsPage } from './pages/decisions-page.ts';
import { signInThroughApi } from './pages/sign-in-page.ts';
import { axeViolations, newContext } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

// The secretariat records the political decisions of the demo round OFS 2025-2026 (one grant
// at a lower amount, one postponement), sees the allocation and the money left change, and the
// reader then sees the decided round.

const session = useBrowserSession();

async function person(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(session.browser, session.server.baseUrl);
  await signInThroughApi(context, username);
  return { context, page: await context.newPage() };
}

describe('a round decided in the browser', () => {
  it('records a grant at a lower amount and a postponement, and the allocation and the money left follow', async () => {
    // The demo round is open for decision with its proposals submitted.
    const secretariat = await person('sekretariat');

    const page = await new DecisionsPage(secretariat.page).open('OFS 2025-2026');
    const before = await page.remaining('innovation').textContent();
    // Amounts show in whole thousands as the municipality prints them, the exact one on hover.
    expect(
      await page
        .row('BC01')
        .getByTitle(/^1\.016,6/)
        .textContent(),
    ).toBe('1.017');
    await page.recommend('BC01');
    await page.recommend('BC02');

    // BC01 asked 1.016,6 in 2026; the committee grants 800.
    const grant = await page.decide('BC01', 'Bevilget', '7.5.2026', 'Økonomiudvalget');
    await grant.getByLabel('Bevilget 2026').fill('800');
    const plan = grant.getByRole('table', { name: /^Planen/ });
    expect(await plan.getByRole('row', { name: /^Bevilget i alt/ }).textContent()).toContain('800');
    expect(await axeViolations(secretariat.page)).toEqual([]);
    await grant.getByRole('button', { name: 'Bekræft bevillingen og planen' }).click();
    // The row shows the decision, the body and date, and the 800 granted.
    expect(await page.rowShowing('BC01', 'Bevilget')).toContain('Økonomiudvalget, 07.05.2026');
    expect(await page.row('BC01').getByRole('cell').last().textContent()).toBe('800');

    const postpone = await page.decide('BC02', 'Udsat', '7.5.2026', 'Økonomiudvalget');
    await postpone.getByLabel(/^Beslutningens ordlyd/).fill('Afventer erfaringerne fra BC01.');
    await postpone.getByLabel(/^Udsat til runden/).selectOption({ label: 'Budget 2027' });
    await postpone.getByRole('button', { name: 'Registrér beslutningen' }).click();
    expect(await page.rowShowing('BC02', 'Udsat til Budget 2027')).toContain(
      'Afventer erfaringerne fra BC01.',
    );

    const after = await page.remaining('innovation').textContent();
    expect(after).not.toBe(before);
    expect(
      await secretariat.page
        .getByRole('table', { name: /^Bevilget pr. forvaltning/ })
        .getByRole('row', { name: /^Beskæftigelses- og Integrationsforvaltningen/ })
        .textContent(),
    ).toContain('800');
    // The innovation pool's cash flow is drawn (bars and the running net) with its table.
    const flow = secretariat.page.getByRole('img', { name: /^Innovationspuljen: udbetalinger/ });
    await flow.locator('.recharts-bar-rectangle').first().waitFor();
    await secretariat.page.getByText('Vis Innovationspuljen som tabel').click();
    const flowTable = secretariat.page.getByRole('table', {
      name: /^Innovationspuljen: pengestrøm/,
    });
    expect(await flowTable.getByRole('row').count()).toBeGreaterThan(1);
    expect(await axeViolations(secretariat.page)).toEqual([]);

    const reader = await person('laeser');
    const asReader = await new DecisionsPage(reader.page).open('OFS 2025-2026');
    expect(await asReader.row('BC01').textContent()).toContain('Bevilget');
    expect(await asReader.row('BC02').textContent()).toContain('Udsat til Budget 2027');
    expect(await reader.page.getByText(/^Registrér indstilling eller beslutning/).count()).toBe(0);
    expect(await axeViolations(reader.page)).toEqual([]);
  }, 120_000);
});
