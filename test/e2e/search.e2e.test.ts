import { describe, expect, it } from 'vitest';
import { SearchPage } from './pages/search-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { axeViolations } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();

/** A page signed in as one of the demo accounts, on the proposal list. */
async function signedIn(username: string) {
  const page = await session.context.newPage();
  const signIn = new SignInPage(page);
  // The tests share one browser context, and with it the session of the one before.
  await page.goto('/');
  await signIn.signOutButton().or(signIn.signInLink()).waitFor();
  if (await signIn.signOutButton().isVisible()) {
    await signIn.signOutButton().click();
    await signIn.signInLink().waitFor();
  }
  await signIn.signIn(username, 'demo');
  await signIn.signedInAs().waitFor();
  await page.goto('/');
  return page;
}

describe('searching the demo proposals in the browser', () => {
  it('finds the AI-tolk proposal by "tolket", highlights the words found, and opens it with its similar proposals', async () => {
    // Center for Økonomi sees every forvaltning's proposals.
    const page = await signedIn('okonomi');
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
    const page = await signedIn('okonomi');
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

  it('finds for a SOF author only what they may read: SOF’s drafts, not BIF’s', async () => {
    const page = await signedIn('forfatter-sof');
    const search = new SearchPage(page);
    await search.searchFromHeader('samtykket');
    expect(await search.hit(/TV01: Digitalt Samtykke/).count()).toBe(1);
    await search.searchAgain('tolket');
    expect(await search.outcome().textContent()).toContain('Ingen forslag fundet');
    expect(await search.hits().count()).toBe(0);
    await page.close();
  });
});
