import type { Page } from 'playwright-core';

/** The secretariat's price index screen, reached from the main menu. */
export class PriceIndexPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/');
    await this.page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Prisindeks' })
      .click();
    await this.page.getByRole('heading', { name: 'Pris- og lønindeks', level: 1 }).waitFor();
    return this;
  }

  index(year: number) {
    return this.page.getByLabel(`Indeks for ${year}`, { exact: true });
  }

  saveButton(year: number) {
    return this.page.getByRole('button', { name: `Gem indeks for ${year}` });
  }

  async save(year: number): Promise<void> {
    await this.saveButton(year).click();
  }

  removeButton(year: number) {
    return this.page.getByRole('button', { name: `Fjern ${year} fra indekset`, exact: true });
  }

  /** The question "Fjern" asks before anything is removed. */
  removeQuestion(year: number) {
    return this.page.getByRole('group', { name: new RegExp(`^Fjern ${year} fra indekset\\?`) });
  }

  /** What a reader who is not the secretariat is told instead of a form. */
  readOnlyNote() {
    return this.page.getByText('Kun puljesekretariatet kan ændre indekset.', { exact: false });
  }

  async add(year: number, index: string): Promise<void> {
    const form = this.page.getByRole('heading', { name: 'Tilføj et år' }).locator('..');
    await form.getByLabel('År', { exact: true }).fill(String(year));
    await form.getByLabel(/^Indeks/).fill(index);
    await this.page.getByRole('button', { name: 'Tilføj år' }).click();
  }

  outcome() {
    return this.page.getByRole('status').or(this.page.getByRole('alert')).first();
  }
}
