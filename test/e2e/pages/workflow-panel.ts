import type { Page } from 'playwright-core';

/** The proposal page's workflow section: the status, and the steps the user may take. */
export class WorkflowPanel {
  constructor(readonly page: Page) {}

  region() {
    return this.page.getByRole('region', { name: 'Arbejdsgang' });
  }

  async open(id: string): Promise<void> {
    await this.page.goto(`/forslag/${id}`);
    await this.region().waitFor();
  }

  /** Chooses a step, fills in what it needs, and takes it. */
  async take(step: string, options: { comment?: string; round?: string } = {}): Promise<void> {
    const region = this.region();
    await region.getByLabel(/^Skridt/).selectOption({ label: step });
    if (options.round) await region.getByLabel(/^Runde/).selectOption({ label: options.round });
    if (options.comment) await region.getByLabel(/^Kommentar/).fill(options.comment);
    await region.getByRole('button', { name: step }).click();
  }

  async recordHearing(body: string, heard: 'Ja' | 'Nej', date: string, answer: string) {
    const form = this.region().getByRole('form', { name: 'Registrér et høringssvar' });
    await form.getByLabel(/^Høringspart/).selectOption({ label: body });
    await form.getByRole('group', { name: 'Er høringsparten hørt?' }).getByLabel(heard).check();
    await form.getByLabel(/^Dato/).fill(date);
    await form.getByLabel(/^Svar/).fill(answer);
    await form.getByRole('button', { name: 'Registrér høringssvaret' }).click();
  }

  outcome() {
    return this.region().getByRole('alert').or(this.region().getByRole('status'));
  }

  status() {
    return this.region().getByText(/^Forslaget har status:/);
  }

  stepChoices() {
    return this.region()
      .getByLabel(/^Skridt/)
      .locator('option');
  }
}
