import type { Page } from 'playwright-core';

/**
 * Tabel 1 and what the system computes from it, on the edit form or a proposal's page: the
 * paybacks, the rule findings beside them, the payback curve and the sensitivity table.
 */
export class EconomySection {
  constructor(readonly page: Page) {}

  /** The computed payback, e.g. "7 år", on the total economy or the service efficiency. */
  payback(basis: 'total' | 'service') {
    const term =
      basis === 'total' ? 'Baseret på den samlede økonomi' : 'Baseret på serviceeffektiviseringen';
    return this.page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  }

  /** Pastes text into a cell the way a browser does when the user presses Ctrl+V. */
  async paste(cell: ReturnType<Page['getByLabel']>, text: string): Promise<void> {
    await cell.focus();
    await cell.evaluate((input, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      input.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  /** The findings beneath the computed table. */
  tableFindings() {
    return this.page.locator('.table-check');
  }

  /** The list of findings that stop a submission, in the check section of the form. */
  blockingFindings() {
    return this.page
      .getByRole('region', { name: 'Kontrol før indsendelse' })
      .getByRole('list')
      .first();
  }

  chart() {
    return this.page.getByRole('img', { name: /Akkumuleret økonomisk påvirkning/ });
  }

  chartTable() {
    return this.page.getByRole('table', { name: 'Akkumuleret økonomisk påvirkning (1.000 kr.)' });
  }

  sensitivity() {
    return this.page.getByRole('table', { name: /hvis besparelserne svigter/ });
  }

  scenario(name: RegExp | string) {
    return this.sensitivity().getByRole('row', { name });
  }
}
