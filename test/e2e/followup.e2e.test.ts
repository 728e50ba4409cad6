import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GoalsPage } from './pages/goals-page.ts';
import { LoanPage } from './pages/loan-page.ts';
import { signInThroughApi } from './pages/sign-in-page.ts';
import { axeViolations, newContext } from './support/browser.ts';
import { write } from './support/draft-copy.ts';
import { useBrowserSession } from './support/session.ts';

// Follow-up in the browser: the secretariat records the second instalment of the demo's internal
// loan (seed 002's SOF/BIF pre-analysis, 2 x 610 against 1.200 lent) and the balance follows;
// an author in SOF starts TV01's follow-up from Tabel 3 and records a measurement with evidence;
// the finance office sees the budget frames without the grants the price index cannot convert.

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

  it('the finance office sees the frames it can convert and a warning naming the grants left out', async () => {
    // BC01 is granted in OFS 2025-2026 with a lasting saving in BIF's frame, planned in that
    // round's 2026 p/l, the newest level, so the frames are in 2026 p/l; the demo's earlier
    // grants with lasting changes (LØFT, TV01) are in 2025 p/l. Once 2025 is taken out of the
    // index they cannot be converted and are named, not hidden.
    const { context: secretariat } = await person('sekretariat');
    const round = 'ofs-2025-2026';
    const list = await secretariat.request.get(`/api/proposals?round=${round}&limit=100`);
    const items = (
      (await list.json()) as { items: { id: string; code: string; version: number }[] }
    ).items;
    const bc01 = items.find((p) => p.code === 'BC01')!;
    const decisions = `/api/rounds/${round}/decisions/${bc01.id}`;
    const recommended = await write(secretariat.request, `${decisions}/recommendation`, {
      version: bc01.version,
      recommendation: 'recommended',
    });
    await write(secretariat.request, decisions, {
      version: recommended.version,
      outcome: 'granted',
      decidedOn: '2026-05-07',
      decidingBody: 'Økonomiudvalget',
      granted: [{ year: 2026, amount: 1000 }],
      table: {
        priceLevelYear: 2026,
        years: [2026, 2027],
        rows: [
          {
            label: 'Test af AI-tolkning',
            section: 'implementation',
            area: 'service',
            values: [1000, null],
          },
          { label: 'Færre tolketimer', section: 'lasting', area: 'service', values: [null, -300] },
        ],
      },
    });
    const indices = await secretariat.request.get('/api/price-indices');
    const y2025 = (
      (await indices.json()) as { items: { year: number; version: number }[] }
    ).items.find((i) => i.year === 2025)!;
    const me = (await (await secretariat.request.get('/api/auth/me')).json()) as {
      csrfToken: string;
    };
    const removed = await secretariat.request.delete(
      `/api/price-indices/2025?version=${y2025.version}`,
      { headers: { 'x-csrf-token': me.csrfToken } },
    );
    expect(removed.status()).toBe(204);

    const { page } = await person('okonomi');
    await page.goto('/rammer');
    const warning = page.getByRole('alert').filter({ hasText: 'ikke med i rammerne' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('2 bevillinger er ikke med i rammerne');
    const loeft = warning.getByRole('listitem').filter({ hasText: 'UD/SI01' });
    expect(await loeft.textContent()).toContain(
      'Socialforvaltningen (SOF), i 2025 p/l: Prisindekset har ikke året 2025.',
    );
    expect(await warning.getByRole('link', { name: /^TV01: / }).getAttribute('href')).toMatch(
      /^\/forslag\/[0-9a-f-]{36}$/,
    );
    // SOF's frame is gone with its two grants; BIF's holds BC01, at 2026 p/l.
    const frames = page.getByRole('heading', { level: 2 });
    expect(await frames.allTextContents()).toEqual([expect.stringMatching(/\(BIF\)$/)]);
    await page.getByText('Forslagene bag rammeændringerne').click();
    const behind = page.getByRole('table', { name: /forslagene bag ændringerne .*2026 p\/l/ });
    expect(new Set(await behind.getByRole('link').allTextContents())).toEqual(
      new Set([expect.stringMatching(/^BC01: /)]),
    );
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);
});
