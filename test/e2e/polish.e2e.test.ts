import { describe, expect, it } from 'vitest';
import { da } from '../../src/shared/i18n/da.ts';
import { PriceIndexPage } from './pages/price-index-page.ts';
import { axeViolations } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

// Issue 14, point 8: the small things a finance officer stumbles on.

const session = useBrowserSession('sekretariat');

async function demoProposalId(code: string): Promise<string> {
  const list = await session.context.request.get('/api/proposals?limit=100');
  const items = ((await list.json()) as { items: { id: string; code: string | null }[] }).items;
  return items.find((p) => p.code === code)!.id;
}

describe('polish', () => {
  it('asks before "Fjern" removes a year from the price index, and can be taken back', async () => {
    const index = await new PriceIndexPage(await session.context.newPage()).open();
    const page = index.page;
    await index.removeButton(2027).click();
    // Nothing is removed yet: the question, its answer focused, the year still there.
    await index.removeQuestion(2027).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ja, fjern 2027');
    expect(await index.index(2027).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await index.removeButton(2027).waitFor();
    expect(await index.removeQuestion(2027).count()).toBe(0);
    expect(await index.index(2027).count()).toBe(1);
    await page.close();
  });

  it('shows "Siden findes ikke" for a bad or unknown proposal on every page under its address', async () => {
    const page = await session.context.newPage();
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const path of [
      '/forslag/ikke-et-forslag',
      '/forslag/ikke-et-forslag/versioner',
      '/forslag/ikke-et-forslag/versioner/1',
      '/forslag/ikke-et-forslag/versioner/1/sammenlign/2',
      `/forslag/${unknown}/maal`,
      `/forslag/${unknown}/realiseret`,
      '/laan/ikke-et-forslag',
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: da['common.notFound'] }).waitFor();
      expect({ path, error: await page.getByText(da['common.error']).count() }).toEqual({
        path,
        error: 0,
      });
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('loads a proposal that was not imported without a single failing request', async () => {
    const page = await session.context.newPage();
    const failing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failing.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`/forslag/${await demoProposalId('BC01')}`);
    await page.getByRole('table', { name: /^Tabel 1/ }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(failing).toEqual([]);
    await page.close();
  });

  it('writes the rules line in the editor with one full stop after the cap', async () => {
    const page = await session.context.newPage();
    await page.goto(`/forslag/${await demoProposalId('BC01')}/rediger`);
    await page
      .getByText(/^(Reglerne for|Rundens regler)/)
      .first()
      .waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/kr\.\./);
    await page.close();
  });
});
