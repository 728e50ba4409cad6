import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kronerToThousands } from '../domain/money.ts';
import { ROW_SECTIONS, type EconomicTable } from '../domain/proposal.ts';
import { readTabel1Xlsx, type ImportedTabel1 } from './tabel1-read-xlsx.ts';
import { tabel1Xlsx } from './tabel1-xlsx.ts';
import { XlsxLimitError } from './xlsx-limits.ts';
import { udSi01Loeft } from '../server/demo/index.ts';
import { demoContents } from './test-support/demo.ts';
import { cell as cellArbitrary } from '../domain/economics/fixtures/arbitraries.ts';

type Cell = string | number | null | ExcelJS.CellValue;

async function workbook(rows: Cell[][], configure?: (sheet: ExcelJS.Worksheet) => void) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Ark1');
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
    }),
  );
  configure?.(sheet);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The table as the reader answers it: rows grouped by section, every row as wide as the years. */
function expected(table: EconomicTable): ImportedTabel1 {
  const width = table.years.length;
  return {
    priceLevelYear: table.priceLevelYear,
    years: table.years,
    rows: ROW_SECTIONS.flatMap((section) =>
      table.rows
        .filter((row) => row.section === section)
        .map((row) => ({
          label: row.label,
          section,
          area: row.area,
          values: Array.from({ length: width }, (_, i) => {
            const value = row.values[i];
            return value === null || value === undefined ? null : kronerToThousands(value);
          }),
        })),
    ),
  };
}

const HEAD = ['', 'Styringsområde', 2026, 2027, 2028];

describe('reading Tabel 1 from Excel: round trip', () => {
  it.each(demoContents.map((p) => [p.code ?? p.title, p]))(
    'reads the export of %s back to the same table, without errors or warnings',
    async (_, content) => {
      const reading = await readTabel1Xlsx(
        await tabel1Xlsx({ economy: content.economy, name: content.title }),
      );
      expect(reading.errors).toEqual([]);
      expect(reading.warnings).toEqual([]);
      expect(reading.table).toEqual(expected(content.economy));
    },
  );

  it('reads any exported table back to the same table (property)', async () => {
    const label = fc
      .stringMatching(/^[A-Za-zÆØÅæøå§][A-Za-zÆØÅæøå0-9 ,.()§-]{0,40}$/)
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .filter(
        (text) =>
          !/^(samlet|samlede|i alt|total|heraf|akkumuleret|tilbagebetalingstid|baseret på)\b/i.test(
            text,
          ),
      )
      .filter((text) => !/lån\b/i.test(text));
    const table = fc.integer({ min: 1, max: 10 }).chain((width) =>
      fc.record({
        priceLevelYear: fc.option(fc.integer({ min: 2000, max: 2040 }), { nil: null }),
        years: fc
          .integer({ min: 1995, max: 2060 })
          .map((first) => Array.from({ length: width }, (_, i) => first + i)),
        rows: fc.array(
          fc.record({
            label,
            section: fc.constantFrom(
              'lasting' as const,
              'implementation' as const,
              'loan' as const,
            ),
            area: fc.constantFrom(
              'service' as const,
              'anlaeg' as const,
              'overfoersler' as const,
              'finans' as const,
            ),
            values: fc.array(cellArbitrary, { minLength: width, maxLength: width }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(table, async (economy) => {
        const reading = await readTabel1Xlsx(await tabel1Xlsx({ economy, name: 'Forslag' }));
        expect(reading.errors).toEqual([]);
        const wanted = expected(economy);
        expect(reading.table).toEqual({
          ...wanted,
          // Without a price level the sheet says so, and the reader finds none.
          priceLevelYear: economy.priceLevelYear,
        });
      }),
      { numRuns: 60 },
    );
    // 60 workbooks written and read: seconds on a shared machine under load.
  }, 60_000);
});

describe('reading Tabel 1 from Excel: the usual variations', () => {
  it('reads a hand-made sheet: title rows, blank rows and columns, Danish text, dashes, no subtotals', async () => {
    const data = await workbook([
      ['Tabel 1. Forslagets samlede økonomiske konsekvenser'],
      ['1.000 kr. 2026 p/l'],
      [],
      [null, '', null, 'Styringsområde', 2026, 2027, 2028],
      [],
      [null, 'Varige ændringer (effektiviseringer og drift)'],
      [null, 'Tidsbesparelse', null, 'Service', '-', '-1.500', '-1.500,5'],
      [null, 'Licens*', null, 'Efterspørgselsstyrede overførsler', null, 150, ' 150 '],
      [],
      [null, 'Implementeringsomkostninger (midler fra puljen)'],
      [null, 'Projektleder', null, 'Service', 800, '400', ''],
      [null, 'Servere', null, 'Anlæg', '1.200', null, null],
      [null, 'Note: tallene er foreløbige.'],
    ]);
    const reading = await readTabel1Xlsx(data);
    expect(reading.errors).toEqual([]);
    expect(reading.table).toEqual({
      priceLevelYear: 2026,
      years: [2026, 2027, 2028],
      rows: [
        {
          label: 'Tidsbesparelse',
          section: 'lasting',
          area: 'service',
          values: [null, -1500, -1500.5],
        },
        { label: 'Licens', section: 'lasting', area: 'overfoersler', values: [null, 150, 150] },
        {
          label: 'Projektleder',
          section: 'implementation',
          area: 'service',
          values: [800, 400, null],
        },
        { label: 'Servere', section: 'implementation', area: 'anlaeg', values: [1200, null, null] },
      ],
    });
  });

  it('reads UD/SI01’s Tabel 1 typed in as the document prints it: footnote marks, blank subtotals, paybacks in words', async () => {
    const economy = udSi01Loeft.economy!;
    const stated = udSi01Loeft.stated!.totals;
    const printed = (label: string) => {
      const total = stated.find((t) => t.label === label)!;
      return [
        label,
        label.includes('overførsler') ? 'Efterspørgselsstyrede overførsler' : 'Service',
        ...total.values.map((v) => (v === null ? null : v.toLocaleString('da-DK'))),
      ];
    };
    const rowsOf = (section: string) =>
      economy
        .rows!.filter((row) => row.section === section)
        .map((row) => [
          row.label === 'Huslejetilskud' ? 'Huslejetilskud*' : row.label,
          row.area === 'service' ? 'Service' : 'Efterspørgselsstyrede overførsler',
          ...row.values.map((v) => (v === null ? '' : v)),
        ]);
    const reading = await readTabel1Xlsx(
      await workbook([
        ['Tabel 1. Forslagets samlede økonomiske konsekvenser'],
        ['1.000 kr. 2026 p/l'],
        ['', 'Styringsområde', 2025, 2026, 2027, 2028, 2029, 2030],
        ['Varige ændringer (effektiviseringer og drift)'],
        ...rowsOf('lasting'),
        printed('Samlet varig ændring, service'),
        printed('Heraf nettoeffektivisering'),
        ['Samlet varig ændring, efterspørgselsstyret indsats', 'Efterspørgselsstyrede overførsler'],
        printed('Samlet varig ændring, efterspørgselsstyrede overførsler'),
        ['Samlet varig ændring, finansposter', '', '', '', '', '', '', ''],
        printed('Samlet varig ændring'),
        ['Implementeringsomkostninger (midler fra investeringspuljen)'],
        ...rowsOf('implementation'),
        printed('Samlede implementeringsomkostninger, service'),
        ['Samlede implementeringsomkostninger, anlæg'],
        printed('Samlede implementeringsomkostninger'),
        printed('Samlet økonomisk påvirkning'),
        ['Tilbagebetalingstid baseret på serviceeffektivisering', null, '4 år'],
        ['Tilbagebetalingstid baseret på totaløkonomi', null, '4 år'],
      ]),
    );
    expect(reading.errors).toEqual([]);
    expect(reading.warnings).toEqual([]);
    expect(reading.table).toEqual(
      expected(demoContents.find((p) => p.code === 'UD/SI01')!.economy),
    );
  });

  it('finds the styringsområde beside the label without a header for it, and years written as text', async () => {
    const reading = await readTabel1Xlsx(
      await workbook([
        ['Tekst', '', '2025', '2026'],
        ['Implementeringsomkostninger'],
        ['Konsulent', 'service', 100, null],
        ['Licenser', 'Efterspørgsels-\nstyrede overførsler', null, 50],
        ['Tilbagebetalingsplan på internt lån', 'Service', 0, -100],
      ]),
    );
    expect(reading.errors).toEqual([]);
    expect(reading.table?.rows).toEqual([
      { label: 'Konsulent', section: 'implementation', area: 'service', values: [100, null] },
      { label: 'Licenser', section: 'implementation', area: 'overfoersler', values: [null, 50] },
      {
        label: 'Tilbagebetalingsplan på internt lån',
        section: 'loan',
        area: 'service',
        values: [0, -100],
      },
    ]);
    expect(reading.warnings.map((w) => w.message).join()).toContain('Prisniveauet');
  });

  it('reads formulas by their value, and a stated subtotal that disagrees becomes a warning', async () => {
    const reading = await readTabel1Xlsx(
      await workbook([
        ['2026 p/l'],
        HEAD,
        ['Varige ændringer'],
        ['Gevinst', 'Service', { formula: '-100-200', result: -300 }, -300, -300],
        ['Drift', 'Service', 50, 50, 50],
        ['Samlet varig ændring, service', 'Service', -250, -250, -999],
        ['Tilbagebetalingstid', 1],
      ]),
    );
    expect(reading.errors).toEqual([]);
    expect(reading.table?.rows[0]?.values).toEqual([-300, -300, -300]);
    expect(reading.warnings).toHaveLength(1);
    expect(reading.warnings[0]?.message).toContain(
      '2028: arket angiver -999, men rækkerne giver -250',
    );
  });

  it('prefers the sheet named Tabel 1 and skips merged headings’ covered cells', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Noter').getCell('A1').value = 'Intet her';
    const sheet = book.addWorksheet('Tabel 1');
    sheet.addRow(['', 'Styringsområde', 2030, 2031]);
    sheet.addRow(['Varige ændringer']);
    sheet.mergeCells('A2:D2');
    sheet.addRow(['Gevinst', 'Finansposter', -10, -20]);
    const reading = await readTabel1Xlsx(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(reading.errors).toEqual([]);
    expect(reading.table?.rows).toEqual([
      { label: 'Gevinst', section: 'lasting', area: 'finans', values: [-10, -20] },
    ]);
  });
});

describe('reading Tabel 1 from Excel: what it cannot read', () => {
  const messages = (reading: { errors: { message: string }[] }) =>
    reading.errors.map((e) => e.message);

  it('names the cell of a value that is not a number', async () => {
    const reading = await readTabel1Xlsx(
      await workbook([HEAD, ['Varige ændringer'], ['Gevinst', 'Service', 'ca. 100', 5, 5]]),
    );
    expect(reading.errors).toEqual([
      { cell: 'C3', message: 'C3: "ca. 100" er ikke et tal (skriv fx 1.234 eller -942,5).' },
    ]);
  });

  it('names the cell of an unknown or missing styringsområde', async () => {
    const reading = await readTabel1Xlsx(
      await workbook([
        HEAD,
        ['Varige ændringer'],
        ['Gevinst', 'Drift', 1, 2, 3],
        ['Udgift', null, 1, 2, 3],
      ]),
    );
    expect(messages(reading)[0]).toMatch(
      /^B3: "Drift" er ikke et styringsområde; skriv et af disse: Service, Anlæg/,
    );
    expect(messages(reading)[1]).toMatch(/^B4: styringsområde mangler for rækken "Udgift"/);
  });

  it('names a row that stands before any section heading', async () => {
    const reading = await readTabel1Xlsx(await workbook([HEAD, ['Gevinst', 'Service', 1, 2, 3]]));
    expect(messages(reading)[0]).toMatch(/^A2: rækken "Gevinst" står før overskrifterne/);
  });

  it('names years that do not follow on, amounts finer than whole kroner, dates and error values', async () => {
    const reading = await readTabel1Xlsx(
      await workbook([
        ['', 'Styringsområde', 2026, 2028],
        ['Implementeringsomkostninger'],
        ['A', 'Service', 1.2345, { error: '#DIV/0!' } as ExcelJS.CellErrorValue],
        ['B', 'Service', new Date('2026-01-05'), true],
      ]),
    );
    expect(messages(reading)).toEqual([
      'D1: årene skal følge efter hinanden, men 2028 følger efter 2026.',
      'C3: 1,2345 har mere end tre decimaler; beløb i 1.000 kr. skal være hele kroner.',
      'D3: cellen indeholder fejlværdien #DIV/0!, ikke et beløb.',
      'C4: cellen indeholder en dato, ikke et beløb.',
      'D4: cellen indeholder en sandhedsværdi (SAND/FALSK), ikke et beløb.',
    ]);
  });

  it('refuses a sheet in mio. kr. rather than read millions as thousands', async () => {
    const reading = await readTabel1Xlsx(
      await workbook([
        ['Mio. kr., 2026 p/l'],
        HEAD,
        ['Varige ændringer'],
        ['Gevinst', 'Service', -1.5, -2, -2],
      ]),
    );
    expect(messages(reading)).toEqual([
      'A1: arket angiver beløbene i mio. kr.; Tabel 1 skrives i 1.000 kr. Omregn beløbene, og prøv igen.',
    ]);
  });

  it('says there is no table when no row holds years', async () => {
    const reading = await readTabel1Xlsx(await workbook([['Budget'], ['Gevinst', 100]]));
    expect(reading.table).toBeNull();
    expect(messages(reading)[0]).toContain('ingen overskriftsrække med årstal');
  });

  it('answers errors, never throws, for bytes that are not a spreadsheet', async () => {
    const samples: Uint8Array[] = [
      new Uint8Array(),
      new TextEncoder().encode('Dette er ikke et regneark'),
      // A zip archive with no workbook in it.
      new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]),
    ];
    const real = await tabel1Xlsx({ economy: demoContents[0]!.economy, name: '' });
    samples.push(real.subarray(0, Math.floor(real.length / 2)));
    for (const sample of samples) {
      const reading = await readTabel1Xlsx(sample);
      expect(reading.table).toBeNull();
      expect(messages(reading)[0]).toContain('kan ikke læses som et Excel-regneark');
    }
  });

  it('never throws but a refusal of a forged or oversized entry on a damaged export (property: random bytes overwritten)', async () => {
    const real = new Uint8Array(await tabel1Xlsx({ economy: demoContents[3]!.economy, name: '' }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: real.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        async (changes) => {
          const damaged = real.slice();
          for (const [at, byte] of changes) damaged[at] = byte;
          const reading = await readTabel1Xlsx(damaged).catch((error: unknown) => {
            // An overwritten size field makes the archive lie about an entry's size (400), or
            // declare one past the limits (413).
            expect(error).toBeInstanceOf(XlsxLimitError);
            expect([400, 413]).toContain((error as XlsxLimitError).status);
            return null;
          });
          if (reading) expect(reading.table !== null || reading.errors.length > 0).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
