import type { Page } from 'playwright-core';

/** A round's rules page: the facts of the round, and the rules as a form or as tables. */
export class RulesPage {
  constructor(readonly page: Page) {}

  /** From the main menu and the round's decisions page, as a user gets there. */
  async open(roundName: string): Promise<this> {
    await this.page.goto('/');
    await this.page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Beslutninger' })
      .click();
    await this.page.getByRole('link', { name: roundName, exact: true }).click();
    await this.page
      .getByRole('navigation', { name: `Sider for ${roundName}` })
      .getByRole('link', { name: 'Regler' })
      .click();
    await this.page.getByRole('heading', { name: `Regler for ${roundName}`, level: 1 }).waitFor();
    return this;
  }

  form() {
    return this.page.getByRole('form', { name: 'Rundens regler' });
  }

  /** The amount of `pool` in `year`, an input named by both. */
  amount(pool: string, year: number) {
    return this.page.getByRole('textbox', { name: `${pool} ${year}, beløb`, exact: true });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Gem reglerne' }).click();
  }

  /** The round's facts, e.g. "Reglernes version". */
  fact(term: string) {
    return this.page
      .locator('dl.round-facts > div')
      .filter({ has: this.page.getByText(term, { exact: true }) })
      .locator('dd');
  }

  /** The message a field's finding shows below it (its accessible description). */
  async errorOf(locator: ReturnType<Page['getByRole']>): Promise<string> {
    const id = await locator.getAttribute('id');
    return (await this.page.locator(`#${id}-error`).textContent()) ?? '';
  }
}
