import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';
import { EconomySection } from './pages/economy-section.ts';
import { EditProposalPage } from './pages/edit-proposal-page.ts';
import { NewProposalPage } from './pages/new-proposal-page.ts';
import { PriceIndexPage } from './pages/price-index-page.ts';
import { signInThroughApi } from './pages/sign-in-page.ts';

// The demo data gives the 2026 submission rules (payback within 6 years) and the price index.
const YEARS = [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033];

// The secretariat may write proposals for every forvaltning, SUF's among them.
const session = useBrowserSession('sekretariat');

describe('the economics of Tabel 1 in the browser', () => {
  let id: string;

  it('computes the payback as the user types and blocks an investment case paying back in year 7', async () => {
    const page = await session.context.newPage();
    id = await new NewProposalPage(page).create(
      'Robotter i hjemmeplejen',
      'Investeringsforslag',
      'Sundheds- og Omsorgsforvaltningen (SUF)',
    );
    const edit = new EditProposalPage(page);
    const economy = new EconomySection(page);
    await edit.setYears(2026, 2026, YEARS.length);
    await edit.addRow(
      { label: 'Robotter', section: 'Implementering', area: 'Service', values: ['3000'] },
      YEARS,
    );
    // Typed without grouping, shown in Danish format once the user moves on.
    await edit.cell('Robotter', 2027).focus();
    expect(await edit.cell('Robotter', 2026).inputValue()).toBe('3.000');

    await edit.addRow(
      { label: 'Færre besøg', section: 'Varig ændring', area: 'Service', values: [] },
      YEARS,
    );
    // A row copied from Excel: tab-separated, a dash for the empty first year.
    await economy.paste(
      edit.cell('Færre besøg', 2026),
      '-\t-500\t-500\t-500\t-500\t-500\t-500\t-500\r\n',
    );
    expect(await edit.cell('Færre besøg', 2026).inputValue()).toBe('');
    expect(await edit.cell('Færre besøg', 2033).inputValue()).toBe('-500');

    // Cumulative 3.000, 2.500, ..., 0 in 2032: paid back in year 7, one year over the limit.
    await expect.poll(() => economy.payback('total').textContent()).toBe('7 år');
    expect(await economy.payback('service').textContent()).toBe('7 år');
    const finding =
      'tilbagebetales først i år 7, men et investeringsforslag skal være tilbagebetalt inden for 6 år';
    expect(await economy.tableFindings().textContent()).toContain(finding);
    expect(await economy.tableFindings().textContent()).toContain('Skal rettes før indsendelse');
    expect(await economy.blockingFindings().textContent()).toContain(finding);

    // A smaller investment pays back in year 6, and the block goes as the user types.
    await edit.cell('Robotter', 2026).fill('2.500');
    await expect.poll(() => economy.payback('total').textContent()).toBe('6 år');
    expect(await economy.tableFindings().textContent()).not.toContain('tilbagebetales først');

    await edit.cell('Robotter', 2026).fill('3.000');
    await expect.poll(() => economy.payback('total').textContent()).toBe('7 år');
    // Savings 20 % lower (-400 a year) never pay back 3.000 within eight years.
    expect(await economy.scenario(/Besparelser 20 % lavere/).textContent()).toContain(
      'Ikke inden for tabellens år',
    );
    expect(await economy.scenario(/Besparelser 1 år senere/).textContent()).toContain('8 år');

    await edit.save();
    await expect.poll(() => edit.outcome().textContent()).toContain('gemt som version 2');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fills a row from the pasted cell on and says what did not fit', async () => {
    const page = await session.context.newPage();
    const edit = await new EditProposalPage(page).open(id);
    const economy = new EconomySection(page);
    await economy.paste(edit.cell('Færre besøg', 2031), '-600 -7000 -800 -900');
    expect(await edit.cell('Færre besøg', 2030).inputValue()).toBe('-500');
    expect(await edit.cell('Færre besøg', 2031).inputValue()).toBe('-600');
    expect(await edit.cell('Færre besøg', 2032).inputValue()).toBe('-7.000');
    expect(await edit.cell('Færre besøg', 2033).inputValue()).toBe('-800');
    await expect
      .poll(() => page.getByText(/^Satte/).textContent())
      .toContain('1 beløb lå efter tabellens sidste år');
    await page.close();
  });

  it('draws the payback curve on the proposal’s page, with the figures as a table, and converts the price level', async () => {
    const page = await session.context.newPage();
    await page.goto(`/forslag/${id}`);
    const economy = new EconomySection(page);
    await economy.chart().waitFor();
    const [, description] = (await economy.chart().getAttribute('aria-labelledby'))!.split(' ');
    expect(await page.locator(`[id="${description}"]`).textContent()).toContain(
      'når 0 eller derunder i 2032 (år 7)',
    );
    // recharts drew both curves and the year the total economy is paid back.
    expect(await economy.chart().locator('.recharts-line').count()).toBe(2);
    expect(await economy.chart().getByText('Tilbagebetalt (samlet økonomi)').isVisible()).toBe(
      true,
    );
    await page.getByText('Vis tallene som tabel').click();
    const rows = await economy.chartTable().getByRole('row').allTextContents();
    expect(rows[1]).toContain('3.000');
    expect(rows.at(-2)).toContain('0');
    expect(await axeViolations(page)).toEqual([]);

    // 3.000 at 2026 p/l is 3.000.000 x 124,74 / 121,35 = 3.083.807 kr. at 2027 p/l.
    await page.getByLabel('Vis beløbene i prisniveau').selectOption({ label: '2027 p/l' });
    const tabel1 = page.getByRole('table', { name: /^Tabel 1/ });
    // Shown in whole thousands, as the user did not type it; the exact amount in a tooltip.
    await expect.poll(() => tabel1.getByTitle('3.083,807').first().textContent()).toBe('3.084');
    expect(await tabel1.textContent()).not.toMatch(/\d,\d{3}(?!\d)/);
    expect(await page.getByText('omregnet fra 2026 p/l til 2027 p/l').isVisible()).toBe(true);
    await page.close();
  });

  it('shows the price index to everyone and lets the secretariat change it', async () => {
    await signInThroughApi(session.context, 'okonomi');
    const page = await session.context.newPage();
    const index = await new PriceIndexPage(page).open();
    expect(await index.readOnlyNote().isVisible()).toBe(true);
    expect(await index.saveButton(2027).count()).toBe(0);

    await signInThroughApi(session.context, 'sekretariat');
    await index.open();
    expect(await index.index(2026).inputValue()).toBe('121,35');
    await index.index(2027).fill('125,00');
    await index.save(2027);
    await expect
      .poll(() => index.outcome().textContent())
      .toContain('Indekset for 2027 er gemt: 125,00');
    await expect
      .poll(() => page.getByRole('row', { name: /^2027/ }).textContent())
      .toContain('3,0 %');
    await index.add(2033, '142,3');
    await expect.poll(() => index.outcome().textContent()).toContain('2033 er tilføjet');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('gives the same findings in English when the user switches language', async () => {
    const page = await session.context.newPage();
    const edit = await new EditProposalPage(page).open(id);
    await page.getByRole('button', { name: 'English' }).click();
    const economy = new EconomySection(page);
    await expect
      .poll(() => economy.tableFindings().textContent())
      .toContain('pays back only in year 7, but an investment case must pay back within 6 years');
    expect(await edit.cell('Robotter', 2026).inputValue()).toBe('3.000');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.close();
  });
});
