import type { Locator, Page } from 'playwright-core';

/** A granted proposal's realised figures: the years, reporting one, and importing an export. */
export class RealisedPage {
  constructor(private readonly page: Page) {}

  /** Opens the proposal `code` from the list, then its realised figures. */
  async open(code: string): Promise<this> {
    await this.page.goto('/');
    // The list's row starts with the code; its link is the title.
    await this.page
      .getByRole('row', { name: new RegExp(`^${code} `) })
      .getByRole('link')
      .click();
    await this.page.getByRole('link', { name: 'Realiserede tal' }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Realiserede tal/ }).waitFor();
    return this;
  }

  /** The summary's row of `year`: due date, reported, planned, realised, deviation. */
  summary(year: number): Locator {
    return this.page
      .getByRole('table', { name: /^Besparelser pr\. år/ })
      .getByRole('row', { name: new RegExp(`^${year}`) });
  }

  reportButtons(): Locator {
    return this.page.getByRole('button', { name: /^(Indberet|Ret indberetningen)/ });
  }

  /** Types the year's figures: the amount (and a comment) per row label; saves them. */
  async report(year: number, rows: Record<string, { amount: string; comment?: string }>) {
    await this.page.getByRole('button', { name: `Indberet ${year}` }).click();
    const form = this.page.getByRole('form', {
      name: `Indberet de realiserede tal for ${year}`,
    });
    for (const [label, { amount, comment }] of Object.entries(rows)) {
      await form.getByLabel(`Realiseret ${year}: ${label}`).fill(amount);
      if (comment) await form.getByLabel(`Kommentar: ${label}`).fill(comment);
    }
    await form.getByRole('button', { name: `Gem de realiserede tal for ${year}` }).click();
    await this.page
      .getByRole('status')
      .filter({ hasText: `De realiserede tal for ${year} er gemt` })
      .waitFor();
  }

  importForm(): Locator {
    return this.page.getByRole('form', { name: 'Indlæs fra økonomisystemet' });
  }

  async importFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const form = this.importForm();
    await form.getByLabel(/^Udtræk/).setInputFiles(file);
    await form.getByRole('button', { name: 'Indlæs de realiserede tal' }).click();
  }
}

/** Follow-up's dashboard and deviation list, reached from the main menu. */
export class FollowUpPages {
  constructor(private readonly page: Page) {}

  async openDashboard(): Promise<this> {
    await this.page.goto('/');
    await this.page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Opfølgning' })
      .click();
    await this.page
      .getByRole('heading', { level: 1, name: 'Lovede og realiserede besparelser' })
      .waitFor();
    return this;
  }

  /** The portfolio table's row of `year`. */
  portfolioYear(year: number): Locator {
    return this.page
      .getByRole('table', { name: /^Hele porteføljen: besparelser pr\. år/ })
      .getByRole('row', { name: new RegExp(`^${year}`) });
  }

  async openDeviations(): Promise<this> {
    await this.openDashboard();
    await this.page
      .getByRole('navigation', { name: 'Opfølgningens sider' })
      .getByRole('link', { name: 'Afvigelser' })
      .click();
    await this.page.getByRole('heading', { level: 1, name: 'Afvigelser' }).waitFor();
    return this;
  }

  /** The deviation list's row of the proposal `code`. */
  deviation(code: string): Locator {
    return this.page
      .getByRole('table', { name: /^Markerede forslag/ })
      .getByRole('row', { name: new RegExp(`^${code}`) });
  }
}
