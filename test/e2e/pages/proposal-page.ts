import type { Download, Page } from 'playwright-core';

/** A proposal as read, with its Word and Excel downloads. */
export class ProposalPage {
  constructor(readonly page: Page) {}

  /** Opens a proposal from the list by its code: the list's row starts with it, its link is the title. */
  async openByCode(code: string): Promise<void> {
    await this.page.goto('/');
    await this.page
      .getByRole('row', { name: new RegExp(`^${code} `) })
      .getByRole('link')
      .click();
    await this.page.waitForURL(/\/forslag\/[0-9a-f-]+$/);
  }

  /** Opens a proposal from the list by its title, as a user finds it. */
  async openFromList(title: RegExp): Promise<string> {
    await this.page.goto('/');
    await this.page.getByRole('link', { name: title }).first().click();
    await this.page.waitForURL(/\/forslag\/[0-9a-f-]+$/);
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
    return /\/forslag\/([0-9a-f-]+)$/.exec(this.page.url())![1]!;
  }

  async download(name: 'Hent som Word' | 'Hent Tabel 1 som Excel'): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name }).click(),
    ]);
    return download;
  }
}
