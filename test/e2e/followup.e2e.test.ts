import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GoalsPage } from './pages/goals-page.ts';
import { LoanPage } from './pages/loan-page.ts';
import { signInThroughApi } from './pages/sign-in-page.ts';
import { axeViolations, newContext } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

// Follow-up in the browser: the secretariat records the second instalment of the demo's internal
// loan (seed 002's SOF/BIF pre-analysis, 2 x 610 against 1.200 lent) and the balance follows;
// an author in SOF starts TV01's follow-up from Tabel 3 and records a measurement with evidence.

const session = useBrowserSession();

async function person(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(session.browser, session.server.baseUrl);
  await signInThroughApi(context, username);
  return { context, page: await context.newPage() };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('follow-up in the browser', () => {
  it('the secretariat records a loan payment and the balance changes', async () => {
    const { page } = await person('sekretariat');
    const loan = await new LoanPage(page).open('Analyse af indsamling');
    // The demo repaid the first 610 of 1.220 scheduled against 1.200 lent.
    expect(await loan.figure('Lånt').textContent()).toBe('1.200');
    expect(await loan.figure('Tilbagebetalt i alt').textContent()).toBe('610');
    expect(await loan.figure('Saldo').textContent()).toBe('590');
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: 'Planen passer ikke med lånet' })
        .textContent(),
    ).toContain('20 t.kr. mere end lånt');
    expect(await axeViolations(page)).toEqual([]);

    // Nothing is sent while the date cannot be read or the amount is missing.
    await loan.recordPayment('i morgen', '', 'Andet afdrag');
    const errorOf = (id: string) => page.locator(`#${id}-error`).textContent();
    await expect.poll(() => errorOf('payment-date')).toContain('Skriv en dato som 20.11.2026');
    expect(await errorOf('payment-amount')).toContain('Skal udfyldes');
    expect(await loan.figure('Tilbagebetalt i alt').textContent()).toBe('610');

    await loan.recordPayment('1.12.2026', '610', 'Andet afdrag');
    await expect.poll(() => loan.figure('Tilbagebetalt i alt').textContent()).toBe('1.220');
    expect(await loan.figure('Saldo').textContent()).toBe('-20');
    expect(await loan.figure('Mangler efter planen').textContent()).toBe('0');
    expect(await page.getByRole('table', { name: 'Betalinger' }).textContent()).toContain(
      'Andet afdrag',
    );
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);

  it('an author in SOF records a goal measurement with an evidence file', async () => {
    const { page } = await person('forfatter-sof');
    const goals = await new GoalsPage(page).open('TV01');
    await goals.startFromTabel3();
    expect(await axeViolations(page)).toEqual([]);

    const goal = 'Samtykkeskabelonerne i forvaltningen standardiseres';
    await goals.measure(goal, {
      date: '30.11.2026',
      value: '42',
      file: { name: 'optælling.pdf', mimeType: 'application/pdf', buffer: PDF },
    });
    const table = goals.goal(goal).getByRole('table', { name: /^Målinger/ });
    await table.waitFor();
    expect(await table.getByRole('row').nth(1).textContent()).toContain('30.11.2026');
    expect(await table.getByRole('link', { name: 'optælling.pdf' }).getAttribute('href')).toMatch(
      /^\/api\/goals\/.+\/evidence\//,
    );
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);
});
