import { describe, expect, it } from 'vitest';
import { kroner } from '../domain/money.ts';
import { proposalDocx } from './proposal-docx.ts';
import { demoContent, plainNames } from './test-support/demo.ts';
import { docxText, unzipEntry } from './test-support/unzip.ts';

async function exported(code: string | null, patch = {}) {
  const content = { ...demoContent(code), ...patch };
  const docx = await proposalDocx({
    content,
    status: 'draft',
    version: 3,
    names: plainNames,
    origin: null,
  });
  return { docx, text: docxText(docx), xml: unzipEntry(docx, 'word/document.xml') };
}

describe('proposal as Word', () => {
  it('is a .docx whose body has the header, sections 1 to 6 and Tabel 1 to 6 in the template’s order', async () => {
    const { text } = await exported('BC01');
    const order = [
      'BC01 Test af AI-tolk',
      'Kort resumé',
      'Fremstillende forvaltning',
      '1. Beskrivelse af forslag',
      '2. Økonomi',
      'Tabel 1. Forslagets samlede økonomiske konsekvenser',
      '3. Kommende investeringsforslag',
      'Tabel 2. Kriterier til prioritering',
      '4. Implementering og opfølgning',
      'Tabel 3. Opfølgningsmål',
      '5. Risikovurdering',
      '6. Hvem er hørt?',
      'Tabel 4. Godkendelse af Center for Økonomi',
      'Tabel 5. Inddragede samarbejdspartnere',
      'Tabel 6. Høring og inddragelse af kredse og udvalg',
    ];
    const positions = order.map((heading) => text.indexOf(heading));
    expect(
      positions.every((at) => at >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('writes the tables as real Word tables: header facts and Tabel 1 to 6', async () => {
    const { xml } = await exported('BC01');
    // Header facts, Tabel 1, the paybacks, Tabel 2, 3, 4, 5, 6 (and the risks when named).
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(9);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('declares its text Danish, for spelling checks and screen readers', async () => {
    const { docx } = await exported('BC01');
    expect(unzipEntry(docx, 'word/styles.xml')).toContain('<w:lang w:val="da-DK"/>');
  });

  it('prints Tabel 1 in 1.000 kr. with the engine’s subtotals and paybacks in Danish format (UD/SI01)', async () => {
    const { text } = await exported('UD/SI01');
    expect(text).toContain('1.000 kr., 2026 p/l');
    // Rows as entered, subtotals computed: service -4.400 in 2026, impact 1.400 in 2025.
    for (const figure of ['7.550', '-33.350', '-4.400', '-15.550', '-20.500', '9.200', '1.400']) {
      expect(text).toContain(figure);
    }
    expect(text).toMatch(/Samlet varig ændring, service[\s\S]*-21\.100/);
    expect(text).toMatch(/Samlet økonomisk påvirkning[\s\S]*-14\.850/);
    expect(text).toMatch(/Baseret på serviceeffektiviseringen\s*4 år/);
    expect(text).toMatch(/Baseret på den samlede økonomi\s*4 år/);
  });

  it('prints a payback the document stated beside the computed one when they differ', async () => {
    const content = demoContent('UD/SI01');
    const { text } = await exported('UD/SI01', {
      stated: { ...content.stated!, payback: { service: 3, total: 4 } },
    });
    expect(text).toMatch(/Baseret på serviceeffektiviseringen\s*4 år \(forslaget angiver 3 år\)/);
    expect(text).toMatch(/Baseret på den samlede økonomi\s*4 år\s/);
  });

  it('names forvaltninger, committee and round as the service looks them up', async () => {
    const { text } = await exported('TV01');
    expect(text).toContain('Forvaltning SOF');
    expect(text).toContain('Udvalg SOU');
    expect(text).toContain('Runde ofs-2024-2025');
    expect(text).toContain('Kladde (Version 3)');
  });

  it('says a table with amounts beyond exact kroner cannot be computed, instead of failing', async () => {
    const huge = kroner(Number.MAX_SAFE_INTEGER - 1);
    const { text } = await exported('BC01', {
      economy: {
        priceLevelYear: 2026,
        years: [2026],
        rows: [
          { label: 'A', section: 'lasting', area: 'service', values: [huge] },
          { label: 'B', section: 'lasting', area: 'service', values: [huge] },
        ],
      },
    });
    expect(text).toContain('Beløbene er for store');
    expect(text).toContain('6. Hvem er hørt?');
  });

  it('exports an empty draft: no years, no rows, no tables filled in', async () => {
    const { text } = await exported(null, {
      code: null,
      summary: '',
      description: '',
      economy: { priceLevelYear: null, years: [], rows: [] },
      futureInvestment: null,
      followUpGoals: [],
      risks: [],
      partners: [],
      hearings: [],
    });
    expect(text).toContain('Tabel 1 har endnu ingen årskolonner.');
    expect(text).toContain('Forslaget har ingen Tabel 2.');
    expect(text).toContain('Ingen høringer angivet.');
  });
});
