import { beforeAll, describe, expect, it } from 'vitest';
import { presentProposal } from './present.ts';
import { COPENHAGEN_ADMINISTRATIONS } from './copenhagen.ts';
import { ExtractionError, extractText } from './extract.ts';
import { importDocument } from './import-document.ts';
import { extractPdfText } from './pdf.ts';
import { seededRandom, syntheticProposal } from './synthetic-document.ts';
import { printAllToPdf, printHtmlToPdf, printToPdf } from './test-pdf.ts';
import { proposalsAsHtml } from './test-table-pdf.ts';
import { readSeed } from './test-seeds.ts';
import type { ImportedProposal } from './types.ts';

// Real PDFs, printed by LibreOffice from the seeds' text, read back through pdfjs: the importer
// must find the same proposals in them as in the text.

const options = { administrations: COPENHAGEN_ADMINISTRATIONS };

/** Text from pdf.ts keeps the page's positions; the seeds' text does not. */
function proposalsOf(text: string, positioned = false): ImportedProposal[] {
  const result = importDocument(text, { ...options, positioned });
  if (!result.ok) throw new Error(result.error.message);
  return result.proposals;
}

/** Everything read, without where in the document it stood (a PDF's lines are spaced anew). */
const read = (proposal: ImportedProposal) => {
  const { source: _source, ...rest } = proposal;
  return rest;
};

const SEEDS = ['000_', '002_'] as const;
const printed = new Map<string, { small: Uint8Array; wrapped: Uint8Array }>();

beforeAll(async () => {
  // 6 pt fits the seeds' longest lines on an A4 page; at 10 pt LibreOffice wraps them. One start
  // of LibreOffice prints the four: starting it is most of the time, which on the shared 2-core
  // machine under load went past two minutes for four starts.
  const pdfs = await printAllToPdf(
    SEEDS.flatMap((seed) => [6, 10].map((fontSizePt) => ({ text: readSeed(seed), fontSizePt }))),
  );
  for (const [i, seed] of SEEDS.entries()) {
    printed.set(seed, { small: pdfs[2 * i]!, wrapped: pdfs[2 * i + 1]! });
  }
}, 300_000);

describe('PDF import', () => {
  it.each(SEEDS)(
    'reads the same proposals from seed %s printed to PDF as from its text',
    async (seed) => {
      const fromText = proposalsOf(readSeed(seed));
      const fromPdf = proposalsOf(
        await extractText(printed.get(seed)!.small, 'x.pdf', extractPdfText),
        true,
      );
      expect(fromPdf.map(read)).toEqual(fromText.map(read));
    },
  );

  it.each(SEEDS)(
    'reads codes, titles, kinds and every Tabel 1 value of seed %s when the PDF wraps long lines',
    async (seed) => {
      const fromText = proposalsOf(readSeed(seed)).map(presentProposal);
      const text = await extractPdfText(printed.get(seed)!.wrapped);
      const fromPdf = proposalsOf(text, true).map(presentProposal);
      // The wrapping really happened: a line of the seed longer than a 10 pt line was split.
      expect(
        readSeed(seed)
          .split('\n')
          .some((line) => line.trimEnd().length > 90),
      ).toBe(true);
      expect(text.split('\n').every((line) => line.length <= 90)).toBe(true);
      const key = (p: ReturnType<typeof presentProposal>) => ({
        code: p.code,
        title: p.title,
        kind: p.kind,
        leadAdministration: p.leadAdministration,
        priceLevelYear: p.priceLevelYear,
        years: p.years,
        rows: p.rows,
        stated: p.stated,
      });
      expect(fromPdf.map(key)).toEqual(fromText.map(key));
    },
  );

  it('reads every Tabel 1 value of seed 000 printed in a proportional font', async () => {
    const pdf = await printToPdf(readSeed('000_'), 7, 'Liberation Sans');
    const fromPdf = proposalsOf(await extractPdfText(pdf), true).map(presentProposal);
    const fromText = proposalsOf(readSeed('000_')).map(presentProposal);
    expect(fromPdf.map((p) => [p.code, p.kind, p.years, p.rows, p.stated])).toEqual(
      fromText.map((p) => [p.code, p.kind, p.years, p.rows, p.stated]),
    );
  }, 180_000);

  it('reads a PDF of tables as a word processor prints them, or says which rows are unclear', async () => {
    // Fifteen proposals whose Tabel 1 is a real table: unit and price level in the corner cell,
    // figures right-aligned under their years, rows with fewer figures than years.
    const proposals = Array.from({ length: 15 }, (_, i) =>
      syntheticProposal(seededRandom(3 + i), { layout: 'wide' }),
    );
    const text = await extractPdfText(await printHtmlToPdf(proposalsAsHtml(proposals)));
    const read = proposalsOf(text, true);
    expect(read.map((p) => p.content.code)).toEqual(proposals.map((p) => p.code));
    let exact = 0;
    read.forEach((proposal, i) => {
      const want = proposals[i]!;
      expect(proposal.content.economy.years).toEqual(want.years);
      expect(proposal.content.economy.priceLevelYear).toBe(want.priceLevelYear);
      const rows = presentProposal(proposal).rows;
      const unclear = new Set(proposal.unread.map((entry) => entry.field));
      want.rows.forEach((row, r) => {
        const got = rows[r]!;
        expect([got.label, got.section, got.area]).toEqual([row.label, row.section, row.area]);
        // Never silently wrong: a row read otherwise than written is flagged for review.
        if (JSON.stringify(got.values) !== JSON.stringify(row.values)) {
          expect(unclear).toContain(`economy.rows.${row.label}`);
        }
      });
      if (
        JSON.stringify(rows.map((r) => r.values)) === JSON.stringify(want.rows.map((r) => r.values))
      )
        exact++;
    });
    expect(exact).toBeGreaterThanOrEqual(14);
  }, 120_000);

  it('separates the pages of a PDF with form feeds', async () => {
    const pdf = await printToPdf('Første side\fAnden side\fTredje side', 10);
    const text = await extractPdfText(pdf);
    expect(text.split('\f').map((page) => page.trim())).toEqual([
      'Første side',
      'Anden side',
      'Tredje side',
    ]);
    // LibreOffice prints the PDF: seconds on a busy machine, as for the tests above.
  }, 120_000);

  it('rejects bytes that only start like a PDF with a message in Danish', async () => {
    const garbled = new TextEncoder().encode('%PDF-1.7\nnot really a pdf at all\n%%EOF');
    await expect(extractPdfText(garbled)).rejects.toThrow(ExtractionError);
    await expect(extractPdfText(garbled)).rejects.toThrow(/PDF-filen kan ikke læses/);
  });

  it('rejects a PDF cut off before its end (its cross-reference table is at the end)', async () => {
    const whole = printed.get('002_')!.small;
    for (const share of [0.3, 0.9]) {
      const cut = whole.slice(0, Math.floor(whole.length * share));
      await expect(extractPdfText(cut)).rejects.toThrow(
        'PDF-filen kan ikke læses: filen er ikke en gyldig PDF, eller den er beskadiget.',
      );
    }
  });
});
