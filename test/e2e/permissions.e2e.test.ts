import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProposalStatus } from '../../src/domain/proposal.ts';
import type { Step } from '../../src/domain/workflow/transitions.ts';
import { EXPECTATIONS, SUBJECTS, type Subject } from '../../src/server/permissions/expectations.ts';
import { da } from '../../src/shared/i18n/da.ts';
import { signInThroughApi } from './pages/sign-in-page.ts';
import { axeViolations, newContext } from './support/browser.ts';
import { draftCopy, write } from './support/draft-copy.ts';
import { useBrowserSession } from './support/session.ts';

// Issue 14: every demo role sees exactly the actions the API lets it take. The buttons, links
// and forms of the start page, the list and the proposal page (in every status the permission
// matrix names) are read against the same table, expectations.ts, that permissions.db.test.ts
// holds the API to: an action is on the page exactly where its operation answers 2xx.

const session = useBrowserSession();

type Someone = Exclude<Subject, 'anonymous'>;

/** The demo accounts, with SOF as the own forvaltning (the proposals below are SOF's). */
const ACCOUNT_OF: Record<Someone, string> = {
  secretariat: 'sekretariat',
  finance: 'okonomi',
  reader: 'laeser',
  hearing: 'hoering',
  authorOwn: 'forfatter-sof',
  authorOther: 'forfatter-bif',
  reviewerOwn: 'reviewer-sof',
  reviewerOther: 'reviewer-bif',
};
const AS_OWN: Partial<Record<Someone, Someone>> = {
  authorOther: 'authorOwn',
  reviewerOther: 'reviewerOwn',
};
const PEOPLE = SUBJECTS.filter((s): s is Someone => s !== 'anonymous');

/** Who takes each step on the way to a status, from a draft. */
const PATH: [Step, 'forfatter-sof' | 'okonomi' | 'sekretariat'][] = [
  ['request_finance_approval', 'forfatter-sof'],
  ['approve_finance', 'okonomi'],
  ['send_to_hearing', 'forfatter-sof'],
  ['submit', 'forfatter-sof'],
  ['recommend', 'sekretariat'],
  ['grant', 'sekretariat'],
  ['start_implementation', 'sekretariat'],
];
const STEPS_TO: Partial<Record<ProposalStatus, number>> = {
  draft: 0,
  finance_approved: 2,
  in_hearing: 3,
  submitted: 4,
  granted: 6,
  in_implementation: 7,
};
const STATUSES = Object.keys(STEPS_TO) as ProposalStatus[];
const DECISION_ROUND = 'ofs-2025-2026';

const allowed = (code: number) => code >= 200 && code < 300;

/** Whether `operation` on a proposal in `status` (or on none) answers `subject` with 2xx. */
function mayCall(operation: string, subject: Someone, status?: ProposalStatus) {
  const cases = EXPECTATIONS[operation]!.filter((c) => c.status === status);
  return cases.map((c) => ({ step: c.step, allowed: allowed(c.answers[subject]) }));
}

/** A copy of the demo's TV01 (SOF, complete) taken through the workflow to `status`. */
async function givenProposal(
  people: Record<string, BrowserContext>,
  status: ProposalStatus,
): Promise<{ id: string; title: string }> {
  const title = `Digitalt samtykke i status ${status}`;
  let proposal = await draftCopy(people['forfatter-sof']!.request, 'TV01', title);
  for (const [step, who] of PATH.slice(0, STEPS_TO[status])) {
    const request = people[who]!.request;
    // Recommendations and decisions are recorded with what they record, on the round's
    // decisions endpoint (the demo round OFS 2025-2026 is open for decision); the round is
    // assigned first, by the secretariat.
    if (step === 'recommend') {
      proposal = await write(request, `/api/proposals/${proposal.id}/steps`, {
        step: 'assign_round',
        version: proposal.version,
        roundId: DECISION_ROUND,
        comment: '',
      });
      proposal = await write(
        request,
        `/api/rounds/${DECISION_ROUND}/decisions/${proposal.id}/recommendation`,
        { version: proposal.version, recommendation: 'recommended' },
      );
    } else if (step === 'grant') {
      proposal = await write(request, `/api/rounds/${DECISION_ROUND}/decisions/${proposal.id}`, {
        version: proposal.version,
        outcome: 'granted',
        decidedOn: '2026-05-07',
        decidingBody: 'Borgerrepræsentationen',
      });
    } else {
      proposal = await write(request, `/api/proposals/${proposal.id}/steps`, {
        step,
        version: proposal.version,
        comment: 'Gennemgået.',
      });
    }
  }
  return { id: proposal.id, title };
}

/** Who is signed in is asked apart from the page's data: the actions wait for both. */
const signedIn = (page: Page) =>
  page
    .getByRole('banner')
    .getByText(/^Logget ind som/)
    .waitFor();

/** What a person is offered on a proposal's page, read as they see it. */
async function offeredOnProposal(page: Page, id: string, title: string) {
  await page.goto(`/forslag/${id}`);
  const heading = page.getByRole('heading', { level: 1, name: title });
  // A proposal the user may not see is answered as if it did not exist.
  const refused = page.getByRole('heading', { level: 1, name: da['common.notFound'] });
  await heading.or(refused).waitFor();
  if (await refused.isVisible()) return { reads: false };
  await page.getByRole('region', { name: da['workflow.heading'] }).waitFor();
  await signedIn(page);
  const steps = await page
    .getByRole('region', { name: da['workflow.heading'] })
    .getByLabel(/^Skridt/)
    .locator('option')
    .allTextContents();
  return {
    reads: true,
    edit: (await page.getByRole('link', { name: da['view.edit'] }).count()) > 0,
    steps,
    hearing: (await page.getByRole('form', { name: 'Registrér et høringssvar' }).count()) > 0,
    comment: (await page.getByRole('button', { name: da['comments.submit'] }).count()) > 0,
  };
}

describe('every demo role is offered exactly what the permission matrix allows', () => {
  it('on the start page, the list, each proposal page and its edit page', async () => {
    const people: Record<string, BrowserContext> = {};
    for (const subject of PEOPLE) {
      const context = await newContext(session.browser, session.server.baseUrl);
      await signInThroughApi(context, ACCOUNT_OF[subject]);
      people[ACCOUNT_OF[subject]] = context;
    }
    const proposals = new Map<ProposalStatus, { id: string; title: string }>();
    for (const status of STATUSES) proposals.set(status, await givenProposal(people, status));

    const seen: string[] = [];
    const expected: string[] = [];
    const record = (what: string, shown: boolean, allowedThere: boolean) => {
      seen.push(`${what}: ${shown ? 'shown' : 'hidden'}`);
      expected.push(`${what}: ${allowedThere ? 'shown' : 'hidden'}`);
    };

    for (const subject of PEOPLE) {
      const page = await people[ACCOUNT_OF[subject]]!.newPage();
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: da['list.title'] }).waitFor();
      await page.getByRole('table').first().waitFor();
      await signedIn(page);
      // The matrix's create is for a proposal of the own forvaltning (authorOther creating in
      // SOF is refused); "Nyt forslag" leads to creating one for one's own.
      const [create] = mayCall('POST /api/proposals', AS_OWN[subject] ?? subject);
      record(
        `${subject} start page "Nyt forslag"`,
        (await page.getByRole('link', { name: da['list.newProposal'] }).count()) > 0,
        create!.allowed,
      );
      const [importing] = mayCall('POST /api/imports', subject);
      record(
        `${subject} menu "Indlæs dokument"`,
        (await page
          .getByRole('navigation', { name: da['layout.mainMenu'] })
          .getByRole('link', { name: da['layout.nav.import'] })
          .count()) > 0,
        importing!.allowed,
      );
      // The list holds a proposal exactly when reading it is allowed.
      for (const [status, { title }] of proposals) {
        const [read] = mayCall('GET /api/proposals/{id}', subject, status);
        record(
          `${subject} list row ${status}`,
          (await page.getByRole('link', { name: title }).count()) > 0,
          read!.allowed,
        );
      }

      await page.goto('/prisindeks');
      await page.getByRole('heading', { level: 1, name: da['priceIndex.title'] }).waitFor();
      await page.getByRole('table').waitFor();
      await signedIn(page);
      const [changeIndex] = mayCall('PUT /api/price-indices/{year}', subject);
      record(
        `${subject} price index "Tilføj år"`,
        (await page.getByRole('button', { name: da['priceIndex.add'] }).count()) > 0,
        changeIndex!.allowed,
      );

      for (const [status, { id, title }] of proposals) {
        const offered = await offeredOnProposal(page, id, title);
        const [read] = mayCall('GET /api/proposals/{id}', subject, status);
        record(`${subject} ${status} page`, offered.reads, read!.allowed);
        if (!offered.reads) continue;
        for (const { allowed: may } of mayCall('PUT /api/proposals/{id}', subject, status)) {
          record(`${subject} ${status} "Redigér forslaget"`, offered.edit!, may);
        }
        for (const { step, allowed: may } of mayCall(
          'POST /api/proposals/{id}/steps',
          subject,
          status,
        )) {
          const label = da[`step.${step!}`];
          record(`${subject} ${status} step "${label}"`, offered.steps!.includes(label), may);
        }
        for (const { allowed: may } of mayCall(
          'POST /api/proposals/{id}/hearings',
          subject,
          status,
        )) {
          record(`${subject} ${status} hearing form`, offered.hearing!, may);
        }
        for (const { allowed: may } of mayCall(
          'POST /api/proposals/{id}/comments',
          subject,
          status,
        )) {
          record(`${subject} ${status} comment form`, offered.comment!, may);
        }
        // Going to the edit page by its address: the form only where a save would be taken.
        for (const { allowed: may } of mayCall('PUT /api/proposals/{id}', subject, status)) {
          await page.goto(`/forslag/${id}/rediger`);
          const save = page.getByRole('button', { name: da['edit.save'] });
          const refusal = page.getByText(da['workday.mayNotEditHeading'], { exact: true });
          await save.or(refusal).first().waitFor();
          record(`${subject} ${status} edit form`, await save.isVisible(), may);
        }
      }
      await page.close();
    }
    expect(seen).toEqual(expected);

    // The refusals read as pages too: the reader going to "Nyt forslag" by its address.
    const reader = await people['laeser']!.newPage();
    await reader.goto('/forslag/ny');
    await reader.getByText(da['workday.mayNotCreateHeading'], { exact: true }).waitFor();
    expect(await reader.getByRole('button', { name: da['new.create'] }).count()).toBe(0);
    expect(await axeViolations(reader)).toEqual([]);
    const author = await people['forfatter-sof']!.newPage();
    await author.goto(`/forslag/${proposals.get('submitted')!.id}/rediger`);
    await author.getByText(da['workday.mayNotEditHeading'], { exact: true }).waitFor();
    // ... and the proposal to read in place of the form.
    expect(await author.getByRole('heading', { level: 1 }).textContent()).toContain(
      proposals.get('submitted')!.title,
    );
    await author.getByRole('table', { name: /^Tabel 1/ }).waitFor();
    expect(await author.getByLabel(/^Titel/).count()).toBe(0);
    expect(await axeViolations(author)).toEqual([]);

    // A malformed proposal address is a page that does not exist, not "Noget gik galt".
    await reader.goto('/forslag/ikke-et-forslag/rediger');
    await reader.getByRole('heading', { level: 1, name: da['common.notFound'] }).waitFor();
    await reader.goto('/forslag/ikke-et-forslag');
    await reader.getByRole('heading', { level: 1, name: da['common.notFound'] }).waitFor();
    expect(await reader.getByText(da['common.error'], { exact: true }).count()).toBe(0);
    // Focus moves to <main> after a navigation inside the app, without a frame around it.
    await reader.getByRole('link', { name: da['common.backToList'] }).click();
    await reader.getByRole('heading', { level: 1, name: da['list.title'] }).waitFor();
    await expect.poll(() => reader.evaluate(() => document.activeElement?.id)).toBe('main-content');
    expect(
      await reader.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
    ).toBe('none');
    for (const context of Object.values(people)) await context.close();
  }, 240_000);
});
