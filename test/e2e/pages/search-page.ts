import type { Page } from 'playwright-core';

/** The search field in the menu bar, the results page and a proposal's similar proposals. */
export class SearchPage {
  constructor(readonly page: Page) {}

  /** Searches from the menu bar of whatever page is open, as a user would. */
  async searchFromHeader(words: string): Promise<void> {
    await this.submit('Søg i forslag', words);
  }

  /** Searches again from the field on the results page (the menu bar has none there). */
  async searchAgain(words: string): Promise<void> {
    await this.submit('Søgeord', words);
  }

  private async submit(form: string, words: string): Promise<void> {
    const field = this.page.getByRole('search', { name: form }).getByRole('searchbox');
    await field.fill(words);
    await field.press('Enter');
    await this.page.waitForURL(
      (url) => url.pathname === '/soeg' && url.searchParams.get('q') === words,
    );
    await this.outcome().waitFor();
  }

  /** The sentence that says how many proposals were found, or that none were. */
  outcome() {
    return this.page.getByRole('status').filter({ hasText: /fundet for/ });
  }

  hits() {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading') });
  }

  hit(title: RegExp | string) {
    return this.hits().filter({ has: this.page.getByRole('link', { name: title }) });
  }

  filter(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  similarTable() {
    return this.page
      .getByRole('region', { name: 'Lignende forslag' })
      .getByRole('table', { name: 'Lignende forslag' });
  }
}
