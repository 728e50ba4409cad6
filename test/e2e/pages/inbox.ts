import type { Page } from 'playwright-core';

/** "Venter på dig" on the start page: the proposals whose next step is the user's. */
export class Inbox {
  constructor(readonly page: Page) {}

  region() {
    return this.page.getByRole('region', { name: 'Venter på dig' });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.region().waitFor();
  }

  proposal(title: string) {
    return this.region().getByRole('link', { name: title });
  }
}
