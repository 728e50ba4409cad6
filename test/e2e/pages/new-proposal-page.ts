import type { Page } from 'playwright-core';

export class NewProposalPage {
  constructor(readonly page: Page) {}

  /** Starts from the list, as a user would, and returns the new proposal's id. */
  async create(title: string, kind: string, administration: string): Promise<string> {
    await this.page.goto('/');
    await this.page.getByRole('link', { name: 'Nyt forslag' }).click();
    await this.page.getByLabel(/^Titel/).fill(title);
    await this.page.getByLabel(/^Forslagstype/).selectOption({ label: kind });
    await this.page.getByLabel('Fremstillende forvaltning').selectOption({ label: administration });
    await this.page.getByRole('button', { name: 'Opret forslag' }).click();
    await this.page.waitForURL(/\/forslag\/[0-9a-f-]+\/rediger$/);
    const id = /\/forslag\/([0-9a-f-]+)\/rediger$/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`not on an edit page: ${this.page.url()}`);
    return id;
  }
}
