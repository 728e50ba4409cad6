import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

// Issue 14: a rule breach is seen where the proposal is read, not only in its editor.

const session = useBrowserSession('sekretariat');

const idOf = async (code: string): Promise<string> => {
  const list = await (await session.context.request.get('/api/proposals')).json();
  return list.items.find((p: { code: string }) => p.code === code).id;
};

describe('the blocking rule findings on the proposal page', () => {
  it('shows BC02 over the cap, and nothing on a proposal within the rules', async () => {
    const page = await session.context.newPage();
    await page.goto(`/forslag/${await idOf('BC02')}`);
    const findings = page.getByRole('alert').filter({ hasText: /^Skal rettes før indsendelse/ });
    await findings.waitFor();
    expect(await findings.textContent()).toMatch(/2\.045/);
    expect(await findings.textContent()).toMatch(/2\.000/);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/forslag/${await idOf('TV01')}`);
    await page.getByRole('region', { name: 'Arbejdsgang' }).waitFor();
    expect(await page.getByText(/^Skal rettes før indsendelse/).count()).toBe(0);
  });

  it('marks BC02 in the list as breaking the cap, and not the proposals within the rules', async () => {
    const page = await session.context.newPage();
    await page.goto('/');
    const row = (code: string) => page.getByRole('row').filter({ hasText: new RegExp(`^${code}`) });
    await expect.poll(() => row('BC02').textContent()).toContain('Bryder reglerne: over loftet');
    for (const code of ['BC01', 'BC39', 'TV01']) {
      expect(await row(code).textContent(), code).not.toContain('Bryder reglerne');
    }
    expect(await axeViolations(page)).toEqual([]);
  });
});
