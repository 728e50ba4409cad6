import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveOverview } from '../domain/rounds/overview.ts';
import { proposalDocx } from './proposal-docx.ts';
import { roundOverviewDocx } from './round-overview-docx.ts';
import { demoContent, demoIndex, demoInRound, demoRules, plainNames } from './test-support/demo.ts';
import { pdfText } from './test-support/pdf-text.ts';

// The Word files must open in a real word processor, not only in our own reading of the XML.
// LibreOffice (Debian's libreoffice-writer-nogui, which CI installs) converts them to PDF, and
// the PDF's text must hold the table figures in Danish format. Without LibreOffice this fails:
// a skipped check would let a broken document through.

const run = promisify(execFile);
const LIBREOFFICE = process.env.LIBREOFFICE_PATH ?? 'libreoffice';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'puljer-docx-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Converts with a fresh user profile, so no state from another run or user interferes. */
async function toPdfText(name: string, docx: Buffer): Promise<string> {
  const source = join(dir, `${name}.docx`);
  await writeFile(source, docx);
  const profile = `file://${join(dir, `profile-${name}`)}`;
  try {
    await run(
      LIBREOFFICE,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        source,
      ],
      { timeout: 90_000 },
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `LibreOffice (${LIBREOFFICE}) is not installed: apt-get install -y libreoffice-writer-nogui`,
      );
    }
    throw error;
  }
  const pdf = await readFile(join(dir, `${name}.pdf`));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  return pdfText(new Uint8Array(pdf));
}

describe('Word exports opened in LibreOffice', () => {
  it('converts UD/SI01 to PDF whose text holds Tabel 1’s rows, computed subtotals and paybacks', async () => {
    const content = demoContent('UD/SI01');
    const text = await toPdfText(
      'ud-si01',
      await proposalDocx({ content, status: 'draft', version: 1, names: plainNames, origin: null }),
    );
    expect(text).toContain('Tabel 1. Forslagets samlede økonomiske konsekvenser');
    expect(text).toContain('1.000 kr., 2026 p/l');
    // Rows as entered.
    expect(text).toMatch(/-5\.000\s+-16\.700\s+-27\.800\s+-33\.350\s+-33\.350/);
    // Computed: lasting change on service, total impact and its running sum.
    expect(text).toMatch(/0\s+-4\.400\s+-4\.450\s+-15\.550\s+-21\.100\s+-21\.100/);
    expect(text).toMatch(/1\.400\s+5\.100\s+-2\.950\s+-14\.850\s+-20\.500\s+-20\.500/);
    expect(text).toMatch(/1\.400\s+6\.500\s+3\.550\s+-11\.300/);
    expect(text).toMatch(/Baseret på den samlede økonomi\s+4 år/);
    expect(text).toContain('Tabel 6. Høring og inddragelse af kredse og udvalg');
  }, 120_000);

  it('converts the round overview to PDF whose text holds each amount and the totals', async () => {
    const overview = liveOverview(
      ['BC01', 'BC02', 'BC39'].map((code) => demoInRound(code)),
      { year: 2026, index: demoIndex },
      demoRules('ofs-2025-2026'),
    );
    const names = { committee: (c: string) => c, administration: (c: string) => c };
    const text = await toPdfText(
      'overview',
      await roundOverviewDocx({ roundName: 'OFS 2025-2026', overview, names }),
    );
    expect(text).toContain('Oversigt over indkomne ansøgninger til OFS 2025-2026');
    expect(text).toMatch(/BC01\s+Test af AI-tolk/);
    expect(text).toContain('I alt udmøntning fra puljerne');
    for (const figure of ['1.017', '1.989', '1.946', '4.951']) expect(text).toContain(figure);
  }, 120_000);
});
