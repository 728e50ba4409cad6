import { describe, expect, it } from 'vitest';
import { SearchPage } from './pages/search-page.ts';
import { axeViolations } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();

describe('searching the demo proposals in the browser', () => {
  it('finds the AI-tolk proposal by "tolket", highlights the words found, and opens it with its similar proposals', async () => {
    const page = await session.context.newPage();
    await page.goto('/');
    const search = new SearchPage(page);
    await search.searchFromHeader('tolket');

    const hit = search.hit(/BC01: Test af AI-tolk/);
    expect(await hit.count()).toBe(1);
    const marked = await hit.locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toMatch(/^tolk/);

    await hit.getByRole('link').click();
    await page.waitForURL(/\/forslag\/[0-9a-f-]+$/);
    await page.getByRole('heading', { level: 1, name: /Test af AI-tolk/ }).waitFor();
    const similar = search.similarTable();
    await similar.waitFor();
    const rows = similar.getByRole('row');
    expect(await rows.count()).toBeGreaterThan(1);
    // Other forvaltninger only: BC01 is BIF's.
    const administrations = await similar.locator('tbody td:nth-child(2)').allTextContents();
    expect(administrations).not.toContain('Beskæftigelses- og Integrationsforvaltningen');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('narrows the hits with a filter whose options count the hits', async () => {
    const page = await session.context.newPage();
    await page.goto('/');
    const search = new SearchPage(page);
    await search.searchFromHeader('borgeren');
    const all = await search.hits().count();
    expect(all).toBeGreaterThan(1);

    const kind = search.filter('Forslagstype');
    const option = (await kind.locator('option').allTextContents()).find((text) =>
      text.startsWith('Innovationsforslag ('),
    );
    expect(option).toBeDefined();
    const count = Number(/\((\d+)\)$/.exec(option!)?.[1]);
    await kind.selectOption({ label: option! });
    await expect.poll(() => search.hits().count()).toBe(count);
    expect(count).toBeLessThan(all);
    expect(page.url()).toContain('kind=innovationsforslag');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
