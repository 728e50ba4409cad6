import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';
import { EditProposalPage } from './pages/edit-proposal-page.ts';
import { NewProposalPage } from './pages/new-proposal-page.ts';

// An author in SOF writes an investment case for the demo's open round, Budget 2027, as a
// finance officer works: from the template, with the keyboard, pasting from Excel.
const session = useBrowserSession('forfatter-sof');

const YEARS = [2027, 2028, 2029, 2030, 2031, 2032];

/** What the focused element is called: its accessible label or its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '<body>';
    return element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName;
  });

/** Whether the focused element is in view and wholly above the sticky save bar. */
const focusInView = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    const bar = document.querySelector('.save-bar');
    if (!element || !bar || bar.contains(element)) return true;
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.bottom <= bar.getBoundingClientRect().top + 0.5;
  });

/** Presses Tab until the element named `name` has focus, as a keyboard user gets there. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if ((await focused(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe('the Tabel 1 editor', () => {
  let id: string;

  it('starts a new proposal from the template’s rows and the open round’s six years, none of it cut off', async () => {
    const page = await session.context.newPage();
    await page.goto('/forslag/ny');
    const years = page.getByLabel('Tabel 1’s år');
    await expect
      .poll(() => years.locator('option:checked').textContent())
      .toBe('2027–2032 (Budget 2027)');
    id = await new NewProposalPage(page).create(
      'Digitale hjælpemidler i botilbud',
      'Investeringsforslag',
      'Socialforvaltningen (SOF)',
    );
    const edit = new EditProposalPage(page);
    expect(await edit.yearSpan().textContent()).toBe('Årskolonner: 2027–2032');
    const labels = await Promise.all(
      (await edit.rowLabels().all()).map((input) => input.inputValue()),
    );
    expect(labels).toEqual([
      'Effektiviseringsgevinst',
      'Øgede driftsudgifter',
      'Projektledelse og interne ressourcer',
      'Udvikling og anskaffelse',
    ]);
    expect(await edit.cell('Effektiviseringsgevinst', 2032).inputValue()).toBe('');

    // Every text, part and styringsområde is shown whole, the longest choice included.
    await page
      .getByLabel('Styringsområde, Effektiviseringsgevinst')
      .selectOption({ label: 'Efterspørgselsstyrede overførsler' });
    const cut = await page.evaluate(() => {
      const inputs = [...document.querySelectorAll<HTMLInputElement>('.row-text input')];
      const selects = [...document.querySelectorAll<HTMLSelectElement>('.row-text select')];
      const canvas = document.createElement('canvas').getContext('2d')!;
      const overflows = (select: HTMLSelectElement) => {
        const style = getComputedStyle(select);
        canvas.font = `${style.fontSize} ${style.fontFamily}`;
        const room =
          select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return canvas.measureText(select.selectedOptions[0]?.text ?? '').width > room;
      };
      return [
        ...inputs.filter((i) => i.scrollWidth > i.clientWidth).map((i) => i.value),
        ...selects.filter(overflows).map((s) => s.selectedOptions[0]?.text),
      ];
    });
    expect(cut).toEqual([]);
    await page.close();
  });

  it('never lets the save bar cover the field that has focus', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    const edit = await new EditProposalPage(page).open(id);
    await page.locator('body').focus();
    const covered: string[] = [];
    let stops = 0;
    while ((await focused(page)) !== 'Gem forslaget' && stops < 400) {
      await page.keyboard.press('Tab');
      stops++;
      if (!(await focusInView(page))) covered.push(await focused(page));
    }
    expect(stops).toBeGreaterThan(60);
    expect(covered).toEqual([]);
    expect(await edit.saveBar().isVisible()).toBe(true);
    await page.close();
  });

  it('adds a row, fills six years, pastes a row from Excel and saves, with the keyboard alone; a value it cannot read is kept, marked and not saved', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await session.context.newPage();
    const edit = await new EditProposalPage(page).open(id);
    await page.locator('body').focus();

    await tabTo(page, 'Tilføj række');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('Tekst, række 5');
    await page.keyboard.type('Licenser');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Del, Licenser');
    await page.keyboard.type('Varig');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Styringsområde, Licenser');
    for (const value of ['', '150', '150', '150', '150', '150']) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(value);
    }
    expect(await page.getByLabel('Del, Licenser').inputValue()).toBe('lasting');
    expect(await edit.cell('Licenser', 2032).inputValue()).toBe('150');

    // A whole row of the template copied from Excel: text, styringsområde, an empty first year.
    await page.evaluate(() =>
      navigator.clipboard.writeText(
        'Husleje\tEfterspørgselsstyrede overførsler\t\t300\t600\t600\t600\t600',
      ),
    );
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, 'Tekst, række 2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('ControlOrMeta+v');
    expect(await page.getByLabel('Tekst, række 2').inputValue()).toBe('Husleje');
    expect(await page.getByLabel('Styringsområde, Husleje').inputValue()).toBe('overfoersler');
    expect(await edit.cell('Husleje', 2027).inputValue()).toBe('');
    expect(await edit.cell('Husleje', 2028).inputValue()).toBe('300');
    expect(await edit.cell('Husleje', 2032).inputValue()).toBe('600');
    await expect.poll(() => page.getByText(/^Satte \d beløb ind i Husleje/).count()).toBe(1);

    // A letter O for a zero: the draft is saved all the same, the cell kept as typed.
    await tabTo(page, 'Effektiviseringsgevinst, 2028');
    await page.keyboard.type('-75O');
    await page.keyboard.press('Tab');
    await page.keyboard.type('-800');
    await page.keyboard.press('Enter');

    const outcome = page.locator('.save-bar').getByRole('alert');
    await expect.poll(() => outcome.textContent()).toContain('gemt som version 2');
    expect(await outcome.textContent()).toContain('Et felt kunne ikke læses og er gemt tomt');
    expect(await outcome.textContent()).toContain('Effektiviseringsgevinst, 2028');
    expect(await page.evaluate(() => document.activeElement?.closest('.alert') !== null)).toBe(
      true,
    );
    expect(await edit.cell('Effektiviseringsgevinst', 2028).inputValue()).toBe('-75O');
    expect(
      await page.getByLabel('Effektiviseringsgevinst, 2028').getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await page.locator('.cell-error').first().textContent()).toContain('Ikke gemt.');

    const saved = (await (await session.context.request.get(`/api/proposals/${id}`)).json()) as {
      economy: { years: number[]; rows: { label: string; area: string; values: unknown[] }[] };
    };
    expect(saved.economy.years).toEqual(YEARS);
    const row = (label: string) => saved.economy.rows.find((r) => r.label === label);
    expect(row('Effektiviseringsgevinst')?.values).toEqual([null, null, -800, null, null, null]);
    expect(row('Husleje')).toMatchObject({
      area: 'overfoersler',
      values: [null, 300, 600, 600, 600, 600],
    });
    expect(row('Licenser')?.values).toEqual([null, 150, 150, 150, 150, 150]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('reads a save of one cell in the history as a sentence in the template’s words', async () => {
    const page = await session.context.newPage();
    const edit = await new EditProposalPage(page).open(id);
    await edit.cell('Husleje', 2029).fill('650');
    await edit.save();
    await expect.poll(() => edit.outcome().textContent()).toContain('gemt som version 3');
    await page.goto(`/forslag/${id}`);
    const history = page.getByRole('region', { name: 'Historik' });
    const entry = history.getByRole('row').filter({ hasText: 'Gemt som version 3' });
    expect(await entry.textContent()).toContain('Tabel 1, Husleje, 2029: 600 → 650 (1.000 kr.)');
    await page.close();
  });

  it('fits a phone’s screen: no sideways scrolling at 390 px', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await new EditProposalPage(page).open(id);
    await page.waitForLoadState('networkidle');
    const [scrolled, wide] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(scrolled).toBeLessThanOrEqual(wide);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
