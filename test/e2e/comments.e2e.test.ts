import { describe, expect, it } from 'vitest';
import { CommentsSection } from './pages/comments-section.ts';
import { signInThroughApi } from './pages/sign-in-page.ts';
import { axeViolations } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession('forfatter-sof');
const NOT_FOUND = 'Adressen peger ikke på en side eller et forslag, vi kender.';

describe('comments on a proposal in the browser', () => {
  it('lets the SOF author comment, shows it to SOF’s reviewer, and keeps it from BIF’s author', async () => {
    const list = await (
      await session.context.request.get('/api/proposals?administration=SOF')
    ).json();
    const id = (list.items as { id: string }[])[0]!.id;

    const page = await session.context.newPage();
    const comments = new CommentsSection(page);
    await comments.open(id);
    await comments.write('Har IT-kredsen set den nye tidsplan?');
    await expect
      .poll(() => comments.comments().last().textContent())
      .toContain('Har IT-kredsen set den nye tidsplan?');
    expect(await comments.comments().last().textContent()).toContain('Forslagsstiller i SOF');
    expect(await axeViolations(page)).toEqual([]);

    await signInThroughApi(session.context, 'reviewer-sof');
    await comments.open(id);
    await expect
      .poll(() => comments.comments().last().textContent())
      .toContain('Har IT-kredsen set den nye tidsplan?');
    expect(await comments.form().count()).toBe(1);

    // Another forvaltning's draft does not exist for BIF's author, its comments neither.
    await signInThroughApi(session.context, 'forfatter-bif');
    await page.goto(`/forslag/${id}`);
    // Answered as a page that does not exist, so the proposal's existence does not leak.
    await page.getByRole('heading', { level: 1, name: 'Siden findes ikke' }).waitFor();
    await page.getByText(NOT_FOUND).waitFor();
    expect(await comments.region().count()).toBe(0);
    await page.close();
  });
});
