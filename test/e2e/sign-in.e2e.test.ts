import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProposalPage } from './pages/proposal-page.ts';
import { SignInPage, signInThroughApi } from './pages/sign-in-page.ts';
import { axeViolations, newContext } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();

/** Everything the browser refused under the page's content security policy. */
async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      violations.push(`${page.url()}: ${message.text()}`);
    }
  });
  await page.exposeFunction('reportCspViolation', (text: string) =>
    violations.push(`${page.url()}: ${text}`),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void })
        .reportCspViolation;
      report(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

describe('the web app under its content security policy', () => {
  it('loads the list, a proposal, the sign-in page and the API documentation without a violation', async () => {
    // Every test runs under the policy; this one also catches what it blocks without breaking.
    const context = await newContext(session.browser, session.server.baseUrl);
    try {
      await signInThroughApi(context, 'okonomi');
      const page = await context.newPage();
      const violations = await recordCspViolations(page);
      const proposal = new ProposalPage(page);
      await proposal.openFromList(/Test af AI-tolk/);
      await page.getByRole('heading', { name: 'Historik' }).waitFor();
      await page.goto('/log-ind');
      await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
      await page.goto('/api/docs');
      await page.getByText('Investerings- og innovationspuljer').first().waitFor();
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('signing in and out in the browser', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(session.browser, session.server.baseUrl);
  });
  afterAll(() => context?.close());

  it('lists the demo accounts and refuses a wrong password with a Danish message', async () => {
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.signIn('forfatter-sof', 'forkert');
    await expect
      .poll(() => signIn.error().textContent())
      .toContain('Forkert brugernavn eller adgangskode.');
    expect(await signIn.demoAccounts().getByRole('row').count()).toBe(9);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('signs in as the SOF author, shows the user and role in the header, and signs out', async () => {
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.signIn('forfatter-sof', 'demo');
    await page.waitForURL(/\/$/);
    await expect
      .poll(() => signIn.signedInAs().textContent())
      .toContain('Logget ind som Forslagsstiller i SOF');
    expect(await axeViolations(page)).toEqual([]);

    await signIn.signOutButton().click();
    await page.waitForURL(/\/log-ind$/);
    await signIn.signInLink().waitFor();
  });

  it('shows who changed what on the proposal page, from the audit log, and two versions side by side', async () => {
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.signIn('forfatter-sof', 'demo');
    await signIn.signedInAs().waitFor();

    // The page's own cookie and CSRF token, as the web app would send them.
    const me = await (await context.request.get('/api/auth/me')).json();
    const economy = (values: number[]) => ({
      priceLevelYear: 2026,
      years: [2026, 2027],
      rows: [{ label: 'Effektiviseringsgevinst', section: 'lasting', area: 'service', values }],
    });
    const input = {
      title: 'Digital visitation',
      kind: 'investeringsforslag',
      leadAdministration: 'SOF',
      economy: economy([-500, -750]),
    };
    const created = await context.request.post('/api/proposals', {
      data: input,
      headers: { 'x-csrf-token': me.csrfToken },
    });
    const proposal = await created.json();
    const saved = await context.request.put(`/api/proposals/${proposal.id}`, {
      data: {
        ...input,
        title: 'Digital visitation i SOF',
        economy: economy([-500, -800]),
        version: 1,
      },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(saved.status()).toBe(200);

    await page.goto(`/forslag/${proposal.id}`);
    const history = page.getByRole('region', { name: 'Historik' });
    const newest = history.getByRole('row').filter({ hasText: 'Gemt som version 2' }).first();
    await newest.waitFor();
    expect(await newest.textContent()).toContain('Forslagsstiller i SOF');
    // When, in Danish; what, in the template's words, not the API's paths.
    expect(await newest.getByRole('cell').first().textContent()).toMatch(
      /^\d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}$/,
    );
    await newest.getByText('2 felter ændret').click();
    expect(await newest.getByRole('row', { name: /Effektiviseringsgevinst/ }).textContent()).toBe(
      'Tabel 1, Effektiviseringsgevinst, 2027 (1.000 kr.)-750-800',
    );
    const change = newest.getByRole('row', { name: /^Titel/ });
    expect(await change.textContent()).toBe('TitelDigital visitationDigital visitation i SOF');
    expect(await history.textContent()).not.toMatch(/economy\.|title/);
    const first = history.getByRole('row').filter({ hasText: 'Oprettet som version 1' });
    expect(await first.textContent()).toContain('Forslagsstiller i SOF');
    expect(await axeViolations(page)).toEqual([]);

    // The two versions side by side: only the title differs.
    await page.getByRole('link', { name: 'Versioner' }).click();
    await page.getByRole('button', { name: 'Sammenlign' }).click();
    const compared = page.getByRole('table', { name: '2 felter er forskellige' });
    expect(await compared.getByRole('row', { name: /^Titel/ }).textContent()).toBe(
      'TitelDigital visitationDigital visitation i SOF',
    );
    expect(await compared.getByRole('row', { name: /Effektiviseringsgevinst/ }).textContent()).toBe(
      'Tabel 1, Effektiviseringsgevinst, 2027 (1.000 kr.)-750-800',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
