import type { Page } from 'playwright-core';

/** A round's decisions page: the proposals with their recommendation and decision, the forms
 * the secretariat records them with, and the allocation below. */
export class DecisionsPage {
  constructor(readonly page: Page) {}

  /** From the main menu, as a user gets there. */
  async open(roundName: string): Promise<this> {
    await this.page.goto('/');
    await this.page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Beslutninger' })
      .click();
    await this.page.getByRole('link', { name: roundName, exact: true }).click();
    await this.page
      .getByRole('heading', { name: `Beslutninger i ${roundName}`, level: 1 })
      .waitFor();
    return this;
  }

  row(code: string) {
    return this.page
      .getByRole('table', { name: /forslag i runden/ })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: code, exact: true }) });
  }

  private recordPanel(code: string) {
    return this.page.locator('details').filter({
      has: this.page.getByText(new RegExp(`^Registrér indstilling eller beslutning: ${code} `)),
    });
  }

  async openRecording(code: string) {
    const panel = this.recordPanel(code);
    if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await panel.locator('summary').click();
    }
    return panel;
  }

  async recommend(code: string): Promise<void> {
    const panel = await this.openRecording(code);
    const form = panel.getByRole('form', { name: 'Puljesekretariatets indstilling' });
    await form
      .getByRole('group', { name: 'Indstilling' })
      .getByLabel('Indstillet', { exact: true })
      .check();
    await form.getByRole('button', { name: 'Registrér indstillingen' }).click();
    await this.rowShowing(code, 'Indstillet');
  }

  /** The decision form of `code`, with the outcome chosen and the date and body filled in. */
  async decide(
    code: string,
    outcome: 'Bevilget' | 'Afslået' | 'Udsat',
    date: string,
    body: string,
  ) {
    const panel = await this.openRecording(code);
    const form = panel.getByRole('form', { name: 'Den politiske beslutning' });
    await form
      .getByRole('group', { name: 'Beslutning' })
      .getByLabel(outcome, { exact: true })
      .check();
    await form.getByLabel(/^Beslutningsdato/).fill(date);
    await form.getByLabel(/^Besluttet af/).fill(body);
    return form;
  }

  /** Waits until the row of `code` shows `text`, as it does once the page has the saved state. */
  async rowShowing(code: string, text: string): Promise<string> {
    const row = this.row(code).filter({ hasText: text });
    await row.waitFor();
    return (await row.textContent()) ?? '';
  }

  /** The pool's "Tilbage" line: the remaining money per year and in total. */
  remaining(poolKey: string) {
    return this.page.getByTestId(`remaining-${poolKey}`);
  }

  allocationTable() {
    return this.page.getByRole('table', { name: /^Puljerne: budget, bevilget og tilbage/ });
  }
}
