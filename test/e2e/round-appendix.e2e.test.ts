import { describe, expect, it } from 'vitest';
import { budgetAppendix } from '../../src/server/imports/test-overview.ts';
import { ImportPage } from './pages/import-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { axeViolations } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();

describe("a round's overview (bilag) read into a round in the browser", () => {
  it('shows each line of an appendix linked to its proposal, flags the payback that differs, reads it into Budget 2027, and the round shows it', async () => {
    const page = await session.context.newPage();
    const signIn = new SignInPage(page);
    await signIn.signIn('sekretariat', 'demo');
    await signIn.signedInAs().waitFor();
    const imports = new ImportPage(page);
    await imports.openFromMenu();
    await imports.upload('bilag-budget-2027.txt', budgetAppendix(2027).whole);
    await imports.progressText().filter({ hasText: 'Alle 4 forslag er læst' }).waitFor();

    const section = page.getByRole('region', { name: 'Rundens oversigt i dokumentet' });
    const table = section.getByRole('table', { name: /som dokumentet angiver den \(B2027\)/ });
    const line = (code: string) => table.getByRole('row', { name: new RegExp(`^${code} `) });
    await expect.poll(() => table.getByRole('row').count()).toBe(6);
    expect(await line('ØKF03').getByRole('cell').allTextContents()).toEqual([
      'Robotter i løn- og personaleadministrationen (tværgående)',
      'Økonomiudvalget',
      '1.800',
      '',
      '-1.100',
      '4',
      'ØKF03 (ikke i en runde)',
      'Ingen',
    ]);
    // SOF21's own Tabel 1 pays back in 5 years; the overview says 4.
    expect(await line('SOF21').textContent()).toContain(
      'Oversigt: tilbagebetalingstid: dokumentet angiver 4 år, beregnet 5 år',
    );
    expect(await axeViolations(page)).toEqual([]);

    // The round the document names is offered.
    const round = section.getByLabel('Runde');
    expect(await round.inputValue()).toBe('b2027');
    await section.getByRole('button', { name: 'Læs oversigten ind i runden' }).click();
    await section.getByText('4 forslag er placeret i runden.').waitFor();
    await expect.poll(() => table.getByText('(i runden)').count(), { timeout: 10_000 }).toBe(4);
    expect(await section.textContent()).toMatch(/Læst ind i Budget 2027 /);

    // The proposal's page names its round now.
    await line('BUF11')
      .getByRole('link', { name: 'BUF11 Digital understøttelse af skole-hjem-samarbejdet' })
      .click();
    await page.getByRole('heading', { level: 1, name: /Digital understøttelse/ }).waitFor();
    expect(await page.getByText('Budget 2027').count()).toBeGreaterThan(0);

    await page.goto('/runder/b2027/oversigt');
    const imported = page.getByRole('region', { name: 'Oversigter fra indlæste dokumenter' });
    await imported.getByRole('heading', { name: 'Fra bilag-budget-2027.txt' }).waitFor();
    const kept = imported.getByRole('table');
    expect(await kept.getByText('(i runden)').count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);
  });
});
