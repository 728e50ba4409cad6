import type { Locator, Page } from 'playwright-core';
import { ProposalPage } from './proposal-page.ts';

/** A granted proposal's follow-up goals: starting from Tabel 3, and a goal's measurement form. */
export class GoalsPage {
  constructor(private readonly page: Page) {}

  /** Opens the proposal `code` from the list, then its goals. */
  async open(code: string): Promise<this> {
    await new ProposalPage(this.page).openByCode(code);
    await this.page.getByRole('link', { name: 'Opfølgningsmål' }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Opfølgningsmål/ }).waitFor();
    return this;
  }

  async startFromTabel3(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start opfølgningen med Tabel 3' }).click();
    await this.page.getByRole('form', { name: 'Registrér en måling' }).first().waitFor();
  }

  goal(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  async measure(
    goal: string,
    {
      date,
      value,
      file,
    }: { date: string; value: string; file: { name: string; mimeType: string; buffer: Buffer } },
  ): Promise<void> {
    const form = this.goal(goal).getByRole('form', { name: 'Registrér en måling' });
    await form.getByLabel(/^Målt den/).fill(date);
    await form.getByLabel(/^Værdi/).fill(value);
    await form.getByLabel(/^Bilag/).setInputFiles(file);
    await form.getByRole('button', { name: 'Registrér målingen' }).click();
  }
}
