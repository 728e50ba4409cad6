import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RulesPage } from './pages/rules-page.ts';
import { signInThroughApi } from './pages/sign-in-page.ts';
import { axeViolations, newContext } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

// The secretariat keeps a round's rules in the browser: a finding of the server stands beside
// its field, a change to frozen rules asks for a reason, a stale version is refused with what
// was typed kept, and an open round is opened for decision after a confirmation. The reader
// sees the same rules as tables.

const session = useBrowserSession();

async function person(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(session.browser, session.server.baseUrl);
  await signInThroughApi(context, username);
  return { context, page: await context.newPage() };
}

describe("a round's rules in the browser", () => {
  it('edits frozen rules with a reason, shows findings by field and keeps a stale edit', async () => {
    const { context, page } = await person('sekretariat');
    const rules = await new RulesPage(page).open('OFS 2025-2026');
    expect(await rules.fact('Reglernes version').textContent()).toContain('Version 1');
    expect(await rules.fact('Prisniveau').textContent()).toBe('2026 p/l');
    expect(await axeViolations(page)).toEqual([]);

    // Pre-analyses of 20 mio. do not fit in an innovation pool of 15.
    await rules.amount('Foranalyser', 2026).fill('20.000');
    await rules.save();
    const innovation = rules.amount('Innovationspuljen', 2026);
    await page
      .getByRole('alert')
      .filter({ hasText: 'Ret fejlene, før reglerne kan gemmes' })
      .waitFor();
    expect(await rules.errorOf(innovation)).toContain("puljerne i 'Innovationspuljen'");
    const reason = page.getByRole('textbox', { name: /^Begrundelse for ændringen/ });
    expect(await rules.errorOf(reason)).toContain('skal udfyldes');
    expect(await axeViolations(page)).toEqual([]);

    await rules.amount('Foranalyser', 2026).fill('3.500');
    await reason.fill('Økonomiudvalget flyttede 0,5 mio. kr. fra foranalyserne');
    await rules.save();
    await page.getByText('Reglerne er gemt som version 2.').waitFor();
    expect(await rules.fact('Reglernes version').textContent()).toContain(
      'Økonomiudvalget flyttede 0,5 mio. kr.',
    );

    // Someone saves version 3 in another tab; this tab's change is refused, and kept.
    const other = new RulesPage(await context.newPage());
    await other.page.goto(page.url());
    await other.amount('Foranalyser', 2026).fill('3.000');
    await other.page.getByRole('textbox', { name: /^Begrundelse/ }).fill('Endnu en ændring');
    await other.save();
    await other.page.getByText('Reglerne er gemt som version 3.').waitFor();

    await rules.amount('Foranalyser', 2026).fill('2.000');
    await reason.fill('Min ændring');
    await rules.save();
    await page
      .getByRole('alert')
      .filter({ hasText: 'En anden har gemt en nyere version af reglerne' })
      .waitFor();
    expect(await rules.amount('Foranalyser', 2026).inputValue()).toBe('2.000');
    await page.getByRole('button', { name: 'Gem mine ændringer oven i version 3' }).click();
    await page.getByText('Reglerne er gemt som version 4.').waitFor();
  }, 120_000);

  it('opens an open round for decision after a confirmation, and then asks for a reason', async () => {
    const { page } = await person('sekretariat');
    const rules = await new RulesPage(page).open('Budget 2027');
    const reason = page.getByRole('textbox', { name: /^Begrundelse for ændringen/ });
    expect(await reason.count()).toBe(0);
    await page.getByRole('button', { name: 'Åbn runden for beslutning' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, åbn runden og lås reglerne' }).click();
    await reason.waitFor();
    expect(await rules.fact('Status').textContent()).toBe(
      'åbnet for beslutning (reglerne er låst)',
    );

    // A criterion and a pool's year each go by their own button, named for what it removes.
    const criteria = page.getByRole('table', { name: 'Kriterier for prioritering' });
    expect(await criteria.getByRole('row').count()).toBe(4);
    await page.getByRole('button', { name: 'Fjern Teknisk modenhed', exact: true }).click();
    expect(await criteria.getByRole('row').count()).toBe(3);
    const years = page.getByRole('table', { name: 'Foranalyser: beløb pr. år (1.000 kr.)' });
    const rows = await years.getByRole('row').count();
    await page.getByRole('button', { name: 'Fjern 2027 fra Foranalyser', exact: true }).click();
    expect(await years.getByRole('row').count()).toBe(rows - 1);
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  it('shows the reader the rules as tables, with nothing to edit', async () => {
    const { page } = await person('laeser');
    await new RulesPage(page).open('OFS 2024-2025');
    const pools = page.getByRole('table', { name: /^Puljer pr. år/ });
    expect(await pools.getByRole('row', { name: /^Innovationspuljen/ }).textContent()).toContain(
      '15.000',
    );
    expect(await page.getByRole('form', { name: 'Rundens regler' }).count()).toBe(0);
    expect(await page.getByRole('main').getByRole('textbox').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);
});
