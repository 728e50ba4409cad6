import { describe, expect, it } from 'vitest';
import { axeViolations, undecidedContrast } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';
import { EditProposalPage, type RowInput } from './pages/edit-proposal-page.ts';
import { NewProposalPage } from './pages/new-proposal-page.ts';

const YEARS = [2026, 2027, 2028, 2029];
const ROWS: RowInput[] = [
  {
    label: 'Projektledelse',
    section: 'Implementering',
    area: 'Service',
    values: ['400', '800', '', ''],
  },
  {
    label: 'Licenser',
    section: 'Varig ændring',
    area: 'Service',
    values: ['', '150', '150', '150'],
  },
  {
    label: 'Færre manuelle sager',
    section: 'Varig ændring',
    area: 'Service',
    values: ['', '-500', '-1.200', '-1.200'],
  },
];

// The secretariat may write proposals for every forvaltning.
const session = useBrowserSession('sekretariat');

describe('writing a proposal in the browser', () => {
  let id: string;

  it('creates a proposal with a Tabel 1 of three rows, edits it, and sees it after a reload', async () => {
    const page = await session.context.newPage();
    id = await new NewProposalPage(page).create(
      'Digital sagsbehandling',
      'Investeringsforslag',
      'Socialforvaltningen (SOF)',
    );
    const edit = new EditProposalPage(page);
    await edit.setYears(2026, 2026, YEARS.length);
    for (const row of ROWS) await edit.addRow(row, YEARS);
    await edit.save();
    await expect.poll(() => edit.outcome().textContent()).toContain('gemt som version 2');

    await edit.cell('Færre manuelle sager', 2028).fill('-1.300');
    await edit.save();
    await expect.poll(() => edit.outcome().textContent()).toContain('gemt som version 3');

    await page.reload();
    await edit.open(id);
    expect(await edit.cell('Færre manuelle sager', 2028).inputValue()).toBe('-1.300');
    expect(await edit.cell('Projektledelse', 2027).inputValue()).toBe('800');
    expect(await edit.cell('Licenser', 2026).inputValue()).toBe('');

    await page.goto(`/forslag/${id}`);
    const table = page.getByRole('table', { name: /Tabel 1/ });
    await expect.poll(() => table.textContent()).toContain('-1.300');
    // Cumulative impact 400, 850, -300: the proposal pays back in its third year.
    await expect.poll(() => page.getByText('Tilbagebetalingstid').first().isVisible()).toBe(true);
    expect(await page.locator('body').textContent()).toContain('3 år');
    await page.close();
  });

  it('adds and removes the items of a list with focus following: a risk, a follow-up goal, a partner', async () => {
    const edit = await new EditProposalPage(await session.context.newPage()).open(id);
    const page = edit.page;
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    const idOf = (label: string) =>
      page.getByLabel(label, { exact: true }).last().getAttribute('id');

    await page.getByRole('button', { name: 'Tilføj risiko' }).click();
    await expect.poll(focused).toBe(await idOf('Navn på risiko'));
    await page.keyboard.type('Leverandøren når det ikke');
    await page.getByRole('button', { name: 'Tilføj opfølgningsmål' }).click();
    await expect.poll(focused).toBe(await idOf('Gruppe'));
    await page.getByRole('button', { name: 'Tilføj samarbejdspartner' }).click();
    await page.getByRole('button', { name: 'Fjern samarbejdspartner 1' }).click();
    await expect.poll(focused).toBe('partners-add');
    await page.getByRole('button', { name: 'Fjern opfølgningsmål 1' }).click();
    await expect.poll(focused).toBe('followUpGoals-add');
    await edit.save();
    await expect.poll(() => edit.outcome().textContent()).toContain('gemt som version 4');

    const saved = await (await session.context.request.get(`/api/proposals/${id}`)).json();
    expect(saved).toMatchObject({
      risks: [{ name: 'Leverandøren når det ikke', level: null, mitigation: '' }],
      followUpGoals: [],
      partners: [],
    });
    await page.getByRole('button', { name: 'Fjern risiko 1' }).click();
    await expect.poll(focused).toBe('risks-add');
    await page.close();
  });

  it('keeps the user’s work and says so when a second tab saves an older version', async () => {
    const first = await new EditProposalPage(await session.context.newPage()).open(id);
    const second = await new EditProposalPage(await session.context.newPage()).open(id);

    await first.title().fill('Digital sagsbehandling i SOF');
    await first.save();
    await expect.poll(() => first.outcome().textContent()).toContain('gemt som version');

    await second.title().fill('Digital sagsbehandling, anden fane');
    await second.save();
    await expect
      .poll(() => second.outcome().textContent())
      .toContain('En anden har gemt en nyere version');
    expect(await second.title().inputValue()).toBe('Digital sagsbehandling, anden fane');

    const res = await session.context.request.get(`/api/proposals/${id}`);
    expect(((await res.json()) as { title: string }).title).toBe('Digital sagsbehandling i SOF');
  });

  it('compares the first version with the newest when the list of versions runs to two pages', async () => {
    const request = session.context.request;
    const me = await (await request.get('/api/auth/me')).json();
    const stored = await (await request.get(`/api/proposals/${id}`)).json();
    const { id: _id, status: _s, createdAt: _c, updatedAt: _u, ...content } = stored;
    // 50 versions a page: these saves push version 1 onto the second page.
    let version: number = stored.version;
    for (let i = 0; version <= 50; i++) {
      const saved = await request.put(`/api/proposals/${id}`, {
        data: { ...content, title: `Digital sagsbehandling, udkast ${i}`, version },
        headers: { 'x-csrf-token': me.csrfToken },
      });
      expect(saved.status(), await saved.text()).toBe(200);
      version = (await saved.json()).version;
    }

    const page = await session.context.newPage();
    await page.goto(`/forslag/${id}/versioner`);
    const from = page.getByLabel('Fra version');
    await from.waitFor();
    expect(await page.getByRole('link', { name: 'Vis version 1', exact: true }).count()).toBe(0);
    await from.selectOption({ label: 'Version 1' });
    await page.getByRole('button', { name: 'Sammenlign' }).click();
    await page.waitForURL(`**/versioner/1/sammenlign/${version}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain(`Version 1 og ${version}`);
    await page.close();
  });

  it('has enough contrast where axe cannot tell: the selects, the buttons with icons, the overlapped labels', async () => {
    const page = await session.context.newPage();
    for (const path of ['/', `/forslag/${id}`, `/forslag/${id}/rediger`]) {
      await page.goto(path);
      await page.getByRole('main').waitFor();
      await page.waitForLoadState('networkidle');
      const judged = await undecidedContrast(page);
      if (path.endsWith('/rediger')) expect(judged.length, path).toBeGreaterThan(10);
      expect(
        judged.filter((item) => !(item.ratio >= 1)),
        path,
      ).toEqual([]);
      expect(
        judged.filter((item) => item.ratio < item.required),
        path,
      ).toEqual([]);
    }
    await page.close();
  });

  it('passes the WCAG 2.1 AA checks of axe on the list, a proposal and its edit form', async () => {
    const page = await session.context.newPage();
    for (const path of [
      '/',
      `/forslag/${id}`,
      `/forslag/${id}/rediger`,
      `/forslag/${id}/versioner`,
    ]) {
      await page.goto(path);
      await page.getByRole('main').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
});
