import type { Page } from 'playwright-core';

export interface RowInput {
  label: string;
  section: 'Varig ændring' | 'Implementering' | 'Internt lån';
  area: 'Service' | 'Anlæg' | 'Efterspørgselsstyrede overførsler' | 'Finansposter';
  /** Typed as a user types them, in Danish format; '' leaves a cell empty. */
  values: string[];
}

/** The edit form of one proposal, addressed by role and label as a user finds things. */
export class EditProposalPage {
  constructor(readonly page: Page) {}

  async open(id: string): Promise<this> {
    await this.page.goto(`/forslag/${id}/rediger`);
    await this.page.getByRole('button', { name: 'Gem forslaget' }).waitFor();
    return this;
  }

  title() {
    return this.page.getByLabel(/^Titel/);
  }

  /** The price level and `count` year columns from `first`, adding or removing columns. */
  async setYears(priceLevel: number, first: number, count: number): Promise<void> {
    await this.page.getByLabel('Prisniveau (p/l-år)').fill(String(priceLevel));
    await this.page.getByLabel('Første år').fill(String(first));
    const last = first + count - 1;
    await this.page.getByRole('button', { name: 'Tilføj år' }).waitFor();
    for (;;) {
      const span = await this.yearSpan().textContent();
      const shown = Number(/–(\d{4})/.exec(span ?? '')?.[1] ?? first - 1);
      if (shown === last) return;
      if (shown < last) await this.page.getByRole('button', { name: 'Tilføj år' }).click();
      else await this.page.getByRole('button', { name: /^Fjern sidste år/ }).click();
    }
  }

  /** "Årskolonner: 2027–2032", or that the table has none. */
  yearSpan() {
    return this.page.getByText(/^(Årskolonner: |Tabellen har ingen årskolonner)/);
  }

  /** The text input of each row of Tabel 1, top to bottom. */
  rowLabels() {
    return this.page.getByLabel(/^Tekst, række \d+$/);
  }

  /** Adds a row below the others (a new proposal starts with the template's) and fills it. */
  async addRow(row: RowInput, years: number[]): Promise<void> {
    const n = (await this.rowLabels().count()) + 1;
    await this.page.getByRole('button', { name: 'Tilføj række' }).click();
    await this.page.getByLabel(`Tekst, række ${n}`).fill(row.label);
    await this.page
      .getByLabel(`Del, ${row.label}`, { exact: true })
      .selectOption({ label: row.section });
    await this.page
      .getByLabel(`Styringsområde, ${row.label}`, { exact: true })
      .selectOption({ label: row.area });
    for (const [i, value] of row.values.entries()) {
      await this.cell(row.label, years[i]!).fill(value);
    }
  }

  cell(rowLabel: string, year: number) {
    return this.page.getByLabel(`${rowLabel}, ${year}`, { exact: true });
  }

  /** Chooses a spreadsheet in "Indlæs Tabel 1 fra Excel" and waits for the outcome. */
  async importTabel1(file: string): Promise<void> {
    await this.page.getByLabel('Indlæs Tabel 1 fra Excel').setInputFiles(file);
    await this.importOutcome().waitFor();
  }

  importOutcome() {
    return this.page
      .getByRole('status')
      .filter({ hasText: /Tabel 1 er indlæst/ })
      .or(this.page.getByRole('alert').filter({ hasText: /Tabel 1 blev ikke indlæst/ }));
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Gem forslaget' }).click();
  }

  saveBar() {
    return this.page.locator('.save-bar');
  }

  /** The outcome of the last save: a status message on success, an alert on failure. */
  outcome() {
    return this.page.getByRole('status').or(this.page.getByRole('alert')).first();
  }
}
