import { describe, expect, it } from 'vitest';
import { readFixture } from '../../src/import/test-generations.ts';
import { readSeed } from '../../src/import/test-seeds.ts';
import { ImportPage } from './pages/import-page.ts';
import { SearchPage } from './pages/search-page.ts';
import { SignInPage, signInThroughApi } from './pages/sign-in-page.ts';
import { axeViolations } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();

/** Seed 002 with one stated subtotal of UD/SI01 that no longer adds up: -4.400 as -4.500. */
const document = readSeed('002_').replace(/(Service\s+0\s+)-4\.400(\s+-4\.450)/, '$1-4.500$2');

describe('importing a document of existing proposals in the browser', () => {
  it('uploads seed 002, is asked about the copies of the demo proposals, shows progress, reviews a proposal with a flagged mismatch, creates and accepts it, is asked again on a second upload, and finds it by another word form', async () => {
    const page = await session.context.newPage();
    // Importing is the pool secretariat's work.
    const signIn = new SignInPage(page);
    await signIn.signIn('sekretariat', 'demo');
    await signIn.signedInAs().waitFor();
    const imports = new ImportPage(page);
    await imports.openFromMenu();
    expect(await axeViolations(page)).toEqual([]);

    await imports.upload('ofs-2024-2025.txt', document);
    const bar = imports.progressBar();
    await bar.waitFor();
    const reading = () =>
      bar.evaluate((el) => [(el as HTMLProgressElement).value, (el as HTMLProgressElement).max]);
    // Reading a proposal includes saving it as a draft: seconds on a busy machine.
    await expect.poll(reading, { timeout: 30_000 }).toEqual([3, 3]);
    await imports.progressText().filter({ hasText: 'Alle 3 forslag er læst' }).waitFor();
    const rows = imports.readTable().getByRole('row');
    // The list is fetched again after the last step's answer, so it may be a moment behind.
    await expect.poll(() => rows.count()).toBe(4);
    // The demo holds the same three proposals of OFS 2024-2025: none is created without asking.
    await expect.poll(() => imports.readTable().getByText('Findes måske allerede').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    await imports.review(/Nyt intensivt § 85 døgnstøttetilbud/);
    const question = imports.duplicateQuestion();
    await question.waitFor();
    const matches = question.getByRole('listitem');
    expect(await matches.allTextContents()).toEqual([
      expect.stringMatching(/^UD\/SI01: .*døgnstøttetilbud.*\(samme kode i samme runde\)$/),
    ]);
    const existingUrl = await matches.getByRole('link').getAttribute('href');
    expect(existingUrl).toMatch(/^\/forslag\/[0-9a-f-]+$/);
    expect(await page.getByRole('button', { name: 'Accepter' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // The source beside what was read.
    const source = imports.sourceText();
    await expect.poll(() => source.textContent()).toContain('UD/SI01 (2025)');
    expect(await source.textContent()).toContain(
      'Tabel 1. Forslagets samlede økonomiske konsekvenser',
    );
    const table1 = imports.readSection().getByRole('table', { name: /Tabel 1/ });
    const vejledere = table1.getByRole('row', { name: /§ 85 vejledere/ });
    expect(await vejledere.getByRole('cell').allTextContents()).toEqual([
      'Service',
      '',
      '',
      '7.550',
      '7.550',
      '7.550',
      '7.550',
    ]);
    // The document's own figure that does not add up, flagged and linked to where it stands.
    const alert = imports.mismatchAlert();
    const item = alert.getByRole('link', { name: /Samlet varig ændring, service 2026/ });
    expect(await item.textContent()).toContain(
      'dokumentet angiver -4.500 (1.000 kr.), beregnet -4.400',
    );
    await item.click();
    expect(page.url()).toMatch(/#felt-stated$/);
    const flagged = imports.statedTable().locator('td.mismatch');
    expect(await flagged.count()).toBe(1);
    expect(await flagged.locator('mark').textContent()).toBe('-4.500');
    expect(await flagged.textContent()).toContain('beregnet -4.400');
    expect(await axeViolations(page)).toEqual([]);

    // This reviewer wants the copy: created, it awaits review like any other.
    await imports.createAnyway();
    expect(await page.getByText('Afventer gennemsyn').count()).toBeGreaterThan(0);
    await imports.accept();
    const proposalId = /\/forslag\/([0-9a-f-]+)\/rediger$/.exec(page.url())![1]!;
    await expect.poll(() => page.getByLabel(/^Titel/).inputValue()).toContain('døgnstøttetilbud');
    await page.goto(`/forslag/${proposalId}`);
    const status = page
      .getByRole('term')
      .filter({ hasText: 'Status' })
      .locator('xpath=following-sibling::dd[1]');
    expect(await status.textContent()).toBe('Kladde');
    // The source's Tabel 4 is its statement, shown as such; the approval itself is not given.
    const tabel4 = page.getByRole('table', { name: /^Tabel 4/ });
    expect(await tabel4.getByRole('row', { name: /^Angivet i kilden/ }).textContent()).toMatch(
      /^Angivet i kildenJa\d\d\.\d\d\.\d{4}/,
    );
    expect(await tabel4.getByRole('row', { name: /^Center for Økonomi/ }).textContent()).toBe(
      'Center for Økonomi, ØkonomiforvaltningenIkke oplyst–',
    );

    // "Lignende forslag" catches the copy within its own forvaltning too: the demo's UD/SI01.
    const similar = page.getByRole('table', { name: 'Lignende forslag' });
    const original = similar
      .getByRole('row')
      .filter({ has: page.locator(`a[href="${existingUrl}"]`) });
    await original.waitFor();
    expect(await original.textContent()).toContain('Mulig dublet i samme forvaltning');

    // The import is listed on the upload page; its list now shows the one accepted proposal.
    await imports.openFromMenu();
    await imports.recentImport('ofs-2024-2025.txt').click();
    await imports.readTable().waitFor();
    expect(await imports.readTable().getByText('Accepteret').count()).toBe(1);
    expect(await imports.readTable().getByText('Findes måske allerede').count()).toBe(2);

    // The same document again: asked again, now with the copy just accepted among the matches.
    await imports.openFromMenu();
    await imports.upload('ofs-2024-2025-igen.txt', document);
    await imports.progressText().filter({ hasText: 'Alle 3 forslag er læst' }).waitFor();
    await expect.poll(() => imports.readTable().getByText('Findes måske allerede').count()).toBe(3);
    await imports.review(/Nyt intensivt § 85 døgnstøttetilbud/);
    await imports.duplicateQuestion().waitFor();
    const again = imports.duplicateQuestion().getByRole('link');
    expect(await again.evaluateAll((a) => a.map((x) => (x as HTMLAnchorElement).pathname))).toEqual(
      expect.arrayContaining([existingUrl, `/forslag/${proposalId}`]),
    );
    await imports.skip();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Tilbage til indlæsningen' }).click();
    await imports.readTable().getByText('Sprunget over').waitFor();
    expect(await imports.readTable().getByText('Findes måske allerede').count()).toBe(2);

    // "døgnstøttetilbuddene" does not occur in the document; Danish stemming finds it anyway.
    const search = new SearchPage(page);
    await search.searchFromHeader('døgnstøttetilbuddene');
    const links = search.hits().getByRole('link', { name: /døgnstøttetilbud/ });
    const targets = await links.evaluateAll((anchors) =>
      anchors.map((a) => (a as HTMLAnchorElement).pathname),
    );
    expect(targets).toContain(`/forslag/${proposalId}`);
    await page.close();
  });

  it('corrects what was read before accepting: the figures follow as the reviewer types, and the corrections are kept with the import', async () => {
    const page = await session.context.newPage();
    await signInThroughApi(session.context, 'sekretariat');
    await page.goto('/');
    const imports = new ImportPage(page);
    await imports.openFromMenu();
    // A 2018-2021 document of our own: SOF12 pays back in 3 years, as it states.
    await imports.upload(
      'investeringsforslag-2018.txt',
      readFixture('investeringsforslag-2018.txt'),
    );
    await imports
      .progressText()
      .filter({ hasText: /Alle \d+ forslag er læst/ })
      .waitFor();
    await imports.review(/Mobile teams på botilbud/);
    const reviewUrl = page.url();
    const payback = imports
      .readSection()
      .getByRole('term')
      .filter({ hasText: 'Baseret på den samlede økonomi' })
      .locator('xpath=following-sibling::dd[1]');
    expect(await payback.textContent()).toBe('3 år');

    expect(await imports.mismatchAlert().count()).toBe(0);

    await page.getByLabel('Færre nattevagter 2021').fill('-500');
    // Computed again at once; the document's own 3 is now the one that differs.
    await expect.poll(() => payback.textContent()).toBe('4 årForslaget angiver 3 år');
    // So does the document's subtotal for 2021, until the other row of the year is corrected too.
    const mismatches = imports.mismatchAlert().getByRole('listitem');
    await expect
      .poll(() => mismatches.allTextContents())
      .toEqual([
        'Samlet varig ændring 2021: dokumentet angiver -800 (1.000 kr.), beregnet -400 (1.000 kr.)',
        'Tilbagebetalingstid (service): dokumentet angiver 3 år, beregnet 4 år',
        'Tilbagebetalingstid: dokumentet angiver 3 år, beregnet 4 år',
      ]);
    await page.getByLabel('Drift af biler 2021').fill('-300');
    await expect.poll(() => imports.mismatchAlert().count()).toBe(0);
    await page.getByLabel('Styringsområde for Drift af biler').selectOption('anlaeg');
    await expect
      .poll(() => mismatches.allTextContents())
      .toEqual(['Tilbagebetalingstid (service): dokumentet angiver 3 år, beregnet 4 år']);
    await page.getByLabel('Kode', { exact: true }).fill('SOF13');
    await page.getByRole('status').filter({ hasText: '4 rettelser gemmes' }).waitFor();
    await page.getByLabel('Færre nattevagter 2022').fill('-9x');
    await page.getByRole('status').filter({ hasText: '1 felt er ikke et tal' }).waitFor();
    await page.getByLabel('Færre nattevagter 2022').fill('-900');
    expect(await axeViolations(page)).toEqual([]);

    await imports.accept();
    const proposalId = /\/forslag\/([0-9a-f-]+)\/rediger$/.exec(page.url())![1]!;
    await page.goto(reviewUrl);
    const kept = page.getByRole('region', { name: 'Rettelser gemt med indlæsningen (4)' });
    await kept.waitFor();
    expect(await kept.getByRole('listitem').allTextContents()).toEqual([
      'Kode: SOF12 → SOF13',
      'Styringsområde for Drift af biler: Service → Anlæg',
      'Drift af biler 2021: 100 → -300',
      'Færre nattevagter 2021: -900 → -500',
    ]);
    // The import keeps the mismatches as the corrections left them, not as first read.
    expect(await mismatches.allTextContents()).toEqual([
      'Tilbagebetalingstid (service): dokumentet angiver 3 år, beregnet 4 år',
    ]);
    const proposal = await page.request.get(`/api/proposals/${proposalId}`);
    expect(await proposal.json()).toMatchObject({ code: 'SOF13' });
    await page.close();
  });
});
