import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../src/documents/test-support/unzip.ts';
import { axeViolations } from './support/browser.ts';
import { useBrowserSession } from './support/session.ts';

// Issue 14: no amount a user reads shows decimals of 1.000 kr. that nobody typed. Computed and
// converted amounts (a price-level view, present values, the round's sums, frames, cash flows)
// are printed in whole thousands as the municipality prints them, the exact amount on hover,
// and a rounding difference is said under the table rather than hidden. Typed amounts keep
// what was typed; the demo types none with three decimals, so none may show anywhere here.

const session = useBrowserSession('sekretariat');
const ROUND = 'ofs-2025-2026';

/** "1.016,601": an amount in thousands with three decimals. */
const DECIMALS_OF_THOUSANDS = /\d,\d{3}(?!\d)/g;

/** Each figure with decimals of thousands on the page, with a little of what stands round it. */
async function decimalsShown(page: Page): Promise<string[]> {
  const text = await page.locator('main').innerText();
  return [...text.matchAll(DECIMALS_OF_THOUSANDS)].map((m) =>
    text.slice(Math.max(0, m.index - 30), m.index + 30),
  );
}

async function proposalId(code: string): Promise<string> {
  const list = await session.context.request.get(`/api/proposals?round=${ROUND}&limit=100`);
  const items = ((await list.json()) as { items: { id: string; code: string | null }[] }).items;
  return items.find((p) => p.code === code)!.id;
}

describe('whole thousands wherever amounts are computed', () => {
  it('shows no decimals of thousands on the pages that compute or convert amounts', async () => {
    const page = await session.context.newPage();
    const bc01 = await proposalId('BC01');
    const pages = [
      '/',
      `/runder/${ROUND}/oversigt`,
      `/runder/${ROUND}/beslutninger`,
      `/runder/${ROUND}/prioritering`,
      '/rammer',
      '/opfoelgning',
      '/opfoelgning/afvigelser',
      '/laan',
      `/forslag/${bc01}`,
    ];
    for (const path of pages) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect({ path, shown: await decimalsShown(page) }).toEqual({ path, shown: [] });
    }

    // BC01 is stated in 2027 p/l; at the round's 2026 p/l every cell is converted. The table,
    // the payback curve's figures and the present values are whole thousands, the exact
    // amount in the tooltip, and where the rounded rows do not add up, the note says so.
    await page.getByLabel('Vis beløbene i prisniveau').selectOption({ label: '2026 p/l' });
    const tabel1 = page.getByRole('table', { name: /^Tabel 1/ });
    await expect.poll(() => tabel1.locator('[title]').count()).toBeGreaterThan(0);
    expect(await tabel1.locator('[title]').first().getAttribute('title')).toMatch(/,\d/);
    await page.getByText('Vis tallene som tabel').click();
    expect(await decimalsShown(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('prints no decimals of thousands in the round’s appendix or a proposal’s document', async () => {
    const bc01 = await proposalId('BC01');
    for (const url of [
      `/api/rounds/${ROUND}/overview.docx`,
      `/api/proposals/${bc01}/export.docx`,
    ]) {
      const response = await session.context.request.get(url);
      expect(response.status(), url).toBe(200);
      const text = docxText(Buffer.from(await response.body()));
      expect({ url, shown: text.match(DECIMALS_OF_THOUSANDS) ?? [] }).toEqual({ url, shown: [] });
    }
    // The appendix prints 1.017 where the exact sum is 1.016,601, as the source does.
    const appendix = await session.context.request.get(`/api/rounds/${ROUND}/overview.docx`);
    expect(docxText(Buffer.from(await appendix.body()))).toContain('1.017');
  });
});
