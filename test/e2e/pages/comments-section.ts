import type { Page } from 'playwright-core';

/** The proposal page's comments: what has been written, and writing one. */
export class CommentsSection {
  constructor(readonly page: Page) {}

  region() {
    return this.page.getByRole('region', { name: 'Kommentarer' });
  }

  async open(id: string): Promise<void> {
    await this.page.goto(`/forslag/${id}`);
    await this.region().waitFor();
  }

  comments() {
    return this.region().getByRole('list', { name: 'Kommentarer' }).getByRole('listitem');
  }

  form() {
    return this.region().getByRole('form', { name: 'Skriv en kommentar' });
  }

  async write(text: string): Promise<void> {
    await this.form()
      .getByLabel(/^Kommentar/)
      .fill(text);
    await this.form().getByRole('button', { name: 'Tilføj kommentar' }).click();
  }
}
