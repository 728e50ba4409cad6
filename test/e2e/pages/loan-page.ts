import type { Locator, Page } from 'playwright-core';

/** The internal loans: the list, one loan's figures, and the secretariat's payment form. */
export class LoanPage {
  constructor(private readonly page: Page) {}

  /** Opens the loans from the main menu and the loan whose title starts with `title`. */
  async open(title: string): Promise<this> {
    await this.page.goto('/');
    await this.page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Interne lån' })
      .click();
    await this.page.getByRole('link', { name: new RegExp(`^${title}`) }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Internt lån/ }).waitFor();
    return this;
  }

  /** The figure in the row `label` of the table "Lånet i tal". */
  figure(label: string): Locator {
    return this.page
      .getByRole('table', { name: /^Lånet i tal/ })
      .getByRole('row', { name: new RegExp(`^${label}`) })
      .getByRole('cell');
  }

  async recordPayment(date: string, thousands: string, note: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Registrér en betaling' });
    await form.getByLabel(/^Betalingsdato/).fill(date);
    await form.getByLabel(/^Beløb/).fill(thousands);
    await form.getByLabel(/^Note/).fill(note);
    await form.getByRole('button', { name: 'Registrér betalingen' }).click();
  }
}
