import type { Page } from 'playwright-core';

/** Uploading a document, watching it being read, and reviewing what was read. */
export class ImportPage {
  constructor(readonly page: Page) {}

  /** Opens the upload page from the main menu, as a user finds it. */
  async openFromMenu(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Indlæs dokument' })
      .click();
    await this.page
      .getByRole('heading', { level: 1, name: 'Indlæs eksisterende forslag' })
      .waitFor();
  }

  async upload(fileName: string, text: string): Promise<void> {
    await this.page.getByLabel('Dokument (PDF eller tekst)').setInputFiles({
      name: fileName,
      mimeType: 'text/plain',
      buffer: Buffer.from(text, 'utf8'),
    });
    await this.page.getByRole('button', { name: 'Indlæs', exact: true }).click();
    await this.page.waitForURL(/\/indlaesninger\/[0-9a-f-]+$/);
  }

  recentImport(fileName: string) {
    return this.page
      .getByRole('table', { name: 'Seneste indlæsninger' })
      .getByRole('link', { name: `Åbn indlæsningen af ${fileName}` });
  }

  progressBar() {
    return this.page.getByRole('progressbar', { name: 'Læste forslag' });
  }

  progressText() {
    return this.page.getByRole('status').filter({ hasText: /forslag (er )?læst/ });
  }

  readTable() {
    return this.page.getByRole('table', { name: 'Læste forslag' });
  }

  async review(title: RegExp): Promise<void> {
    await this.readTable().getByRole('link', { name: title }).click();
    await this.page.getByRole('heading', { level: 1, name: /Gennemse indlæst forslag/ }).waitFor();
  }

  sourceText() {
    return this.page.getByRole('region', { name: /^Kildetekst, linje/ });
  }

  readSection() {
    return this.page.getByRole('region', { name: 'Det læste' });
  }

  mismatchAlert() {
    return this.page.getByRole('alert').filter({ hasText: 'afviger fra de beregnede' });
  }

  statedTable() {
    return this.page.getByRole('table', { name: /Dokumentets subtotaler/ });
  }

  /** The question asked of a proposal that may already be in the system. */
  duplicateQuestion() {
    return this.page.getByRole('region', { name: 'Forslaget findes måske allerede' });
  }

  async createAnyway(): Promise<void> {
    await this.page.getByRole('button', { name: 'Opret alligevel' }).click();
    await this.page.getByRole('button', { name: 'Accepter' }).waitFor();
  }

  async skip(): Promise<void> {
    await this.page.getByRole('button', { name: 'Spring over' }).click();
    await this.page
      .getByRole('region', { name: 'Forslaget er sprunget over og ikke oprettet.' })
      .waitFor();
  }

  async accept(): Promise<void> {
    await this.page.getByRole('button', { name: 'Accepter' }).click();
    await this.page.waitForURL(/\/forslag\/[0-9a-f-]+\/rediger$/);
  }
}
