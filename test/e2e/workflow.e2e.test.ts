import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Inbox } from './pages/inbox.ts';
import { SignInPage } from './pages/sign-in-page.ts';
import { EditProposalPage } from './pages/edit-proposal-page.ts';
import { WorkflowPanel } from './pages/workflow-panel.ts';
import { axeViolations, newContext } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();

/** Each person in a browser of their own, signed in through the sign-in page. */
async function person(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(session.browser, session.server.baseUrl);
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.signIn(username, 'demo');
  await signIn.signedInAs().waitFor();
  return { context, page };
}

/**
 * A complete SOF proposal without Center for Økonomi's approval: the demo's TV01, copied by
 * its author through the API.
 */
async function givenUnapprovedProposal(context: BrowserContext): Promise<string> {
  const me = await (await context.request.get('/api/auth/me')).json();
  const list = await (await context.request.get('/api/proposals?administration=SOF')).json();
  const tv01 = list.items.find((p: { code: string }) => p.code === 'TV01');
  const source = await (await context.request.get(`/api/proposals/${tv01.id}`)).json();
  const { id: _id, version: _v, status: _s, createdAt: _c, updatedAt: _u, ...content } = source;
  const created = await context.request.post('/api/proposals', {
    data: {
      ...content,
      code: null,
      roundId: null,
      title: 'Digitalt samtykke, anden fase',
      // Tabel 4 and Tabel 6's answers are the steps' to write: a new draft plans the bodies.
      financeApproval: { approved: null, date: null, note: '' },
      hearings: source.hearings.map((h: { body: string }) => ({
        body: h.body,
        heard: null,
        date: null,
        answer: '',
      })),
    },
    headers: { 'x-csrf-token': me.csrfToken },
  });
  expect(created.status()).toBe(201);
  return (await created.json()).id;
}

describe('a proposal through the workflow in the browser', () => {
  it('is approved by finance, heard by its own body, submitted, and placed in a round', async () => {
    const author = await person('forfatter-sof');
    const id = await givenUnapprovedProposal(author.context);
    const asAuthor = new WorkflowPanel(author.page);
    await asAuthor.open(id);
    // Submission is not offered before Center for Økonomi has approved the economics.
    expect(await asAuthor.stepChoices().allTextContents()).toEqual([
      'Vælg …',
      'Send til godkendelse i Center for Økonomi',
    ]);
    expect(await axeViolations(author.page)).toEqual([]);

    // The author's form shows Tabel 4 as Center for Økonomi's record, and code and round as
    // the secretariat's: none of them are inputs the author could fill in.
    const edit = await new EditProposalPage(author.page).open(id);
    const tabel4 = author.page.getByRole('table', { name: /^Tabel 4/ });
    expect(await tabel4.getByRole('row', { name: /^Center for Økonomi/ }).textContent()).toBe(
      'Center for Økonomi, ØkonomiforvaltningenIkke oplyst–',
    );
    expect(await author.page.getByLabel('Godkendt af Center for Økonomi').count()).toBe(0);
    expect(await author.page.getByLabel(/^Kode/).count()).toBe(0);
    expect(await author.page.getByText('Kode og runde gives af puljesekretariatet.').count()).toBe(
      1,
    );
    expect(await edit.title().inputValue()).toBe('Digitalt samtykke, anden fase');
    await asAuthor.open(id);

    await asAuthor.take('Send til godkendelse i Center for Økonomi');
    await expect
      .poll(() => asAuthor.status().textContent())
      .toBe('Forslaget har status: Klar til godkendelse i Center for Økonomi.');

    // Center for Økonomi finds it waiting on its start page.
    const finance = await person('okonomi');
    const inbox = new Inbox(finance.page);
    await inbox.open();
    await inbox.proposal('Digitalt samtykke, anden fase').click();
    await finance.page.waitForURL(new RegExp(`/forslag/${id}$`));
    const asFinance = new WorkflowPanel(finance.page);
    await asFinance.region().waitFor();
    await asFinance.take('Godkend økonomien', { comment: 'Økonomien er gennemgået.' });
    await expect
      .poll(() => asFinance.status().textContent())
      .toBe('Forslaget har status: Godkendt af Center for Økonomi.');

    await asAuthor.open(id);
    await asAuthor.take('Send i høring');
    await expect
      .poll(() => asAuthor.status().textContent())
      .toBe('Forslaget har status: I høring.');

    const hearing = await person('hoering');
    const asHearing = new WorkflowPanel(hearing.page);
    await asHearing.open(id);
    // IT-kredsen's account is offered only its own body, whatever Tabel 6 plans.
    const bodies = asHearing
      .region()
      .getByLabel(/^Høringspart/)
      .locator('option');
    expect(await bodies.allTextContents()).toEqual(['Vælg …', 'IT-kredsen']);
    // A date that cannot be read is not sent.
    await asHearing.recordHearing('IT-kredsen', 'Ja', 'i går', 'Kan anbefales.');
    await hearing.page.getByText('Skriv en dato som 22.11.2026').waitFor();
    await asHearing.recordHearing('IT-kredsen', 'Ja', '10.03.2026', 'Kan anbefales.');
    await expect
      .poll(() => asHearing.outcome().textContent())
      .toContain('Høringssvaret er registreret i Tabel 6.');
    const tabel6 = hearing.page.getByRole('table', { name: /^Tabel 6/ });
    await expect
      .poll(() => tabel6.getByRole('row', { name: /IT-kredsen/ }).textContent())
      .toBe('IT-kredsenJa10.03.2026Kan anbefales.');
    expect(await axeViolations(hearing.page)).toEqual([]);

    await asAuthor.open(id);
    await asAuthor.take('Indsend til runde');
    await expect
      .poll(() => asAuthor.status().textContent())
      .toBe('Forslaget har status: Indsendt til runde.');

    const secretariat = await person('sekretariat');
    const asSecretariat = new WorkflowPanel(secretariat.page);
    await asSecretariat.open(id);
    await asSecretariat.take('Placér i en runde', { round: 'OFS 2025-2026' });
    await expect.poll(() => asSecretariat.outcome().textContent()).toContain('Skridtet er taget');

    const history = secretariat.page.getByRole('region', { name: 'Historik' });
    const approval = history.getByRole('row').filter({ hasText: 'Godkend økonomien' });
    expect(await approval.textContent()).toContain('Center for Økonomi');
    expect(await approval.textContent()).toContain('Kommentar: Økonomien er gennemgået.');
    for (const p of [author, finance, hearing, secretariat]) await p.context.close();
  });

  it('offers a reader no step, and someone not signed in a way to sign in and back', async () => {
    const reader = await person('laeser');
    const panel = new WorkflowPanel(reader.page);
    const list = await (
      await reader.context.request.get('/api/proposals?administration=SOF')
    ).json();
    await panel.open(list.items[0].id);
    await panel.region().getByText('Du kan ikke tage et skridt med forslaget nu.').waitFor();
    await reader.context.close();

    // Signed out, a proposal's link leads to signing in, and from there back to the proposal.
    const anonymous = await newContext(session.browser, session.server.baseUrl);
    const page = await anonymous.newPage();
    const signedOut = new WorkflowPanel(page);
    await page.goto(`/forslag/${list.items[0].id}`);
    await page.waitForURL(/\/log-ind\?til=/);
    await new SignInPage(page).submit('forfatter-sof', 'demo');
    await page.waitForURL(new RegExp(`/forslag/${list.items[0].id}$`));
    await signedOut.region().waitFor();
    await new SignInPage(page).signedInAs().waitFor();
    await anonymous.close();
  });
});
