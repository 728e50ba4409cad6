import { describe, expect, it } from 'vitest';
import { demoContent } from './test-support/demo.ts';
import { xlsxBomb, xlsxOfRows, zipArchive } from './test-support/hostile-files.ts';
import { readTabel1Xlsx } from './tabel1-read-xlsx.ts';
import { tabel1Xlsx } from './tabel1-xlsx.ts';
import { checkXlsxArchive, XLSX_LIMITS, XlsxLimitError, type XlsxLimits } from './xlsx-limits.ts';

// The archive of an uploaded .xlsx is held to limits before exceljs parses it. Every file here
// is generated; the bombs are a few hundred kilobytes that would unpack to hundreds of MB.

async function refusal(
  data: Uint8Array,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<XlsxLimitError> {
  const error = await checkXlsxArchive(data, limits).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(XlsxLimitError);
  return error as XlsxLimitError;
}

describe('the limits on an uploaded .xlsx archive', () => {
  it('lets a real Tabel 1 export through, and the reader still reads it', async () => {
    const economy = demoContent('BC01').economy;
    const file = await tabel1Xlsx({ economy, name: 'BC01' });
    await expect(checkXlsxArchive(file)).resolves.toBe(true);
    expect((await readTabel1Xlsx(file)).table?.years).toEqual(economy.years);
  });

  it('refuses a sheet that unpacks to 300 MB with 413, naming the part and the 20 MB limit', async () => {
    const bomb = await xlsxBomb({ expandedMb: 300 });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const error = await refusal(bomb);
    expect(error.status).toBe(413);
    expect(error.message).toContain("'xl/worksheets/sheet1.xml'");
    expect(error.message).toContain('højst 20 MB');
  });

  it('stops inflating at the limit when the archive declares a small size for a large part', async () => {
    // Declares 1 MB; unpacks to 300 MB. The inflation stops where the declared size ends.
    const started = performance.now();
    const error = await refusal(await xlsxBomb({ expandedMb: 300, declaredMb: 1 }));
    expect(error.status).toBe(400);
    expect(error.message).toContain('mere eller mindre, end filen selv angiver');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('counts the bytes as they unpack against the total, and stops at the limit', async () => {
    // Each part is within its own limit; what was unpacked so far passes the total.
    const error = await refusal(await xlsxBomb({ expandedMb: 3 }), {
      ...XLSX_LIMITS,
      entryBytes: 4 * 1024 * 1024,
      totalBytes: 2 * 1024 * 1024,
      rows: Infinity,
      cells: Infinity,
    });
    expect(error.status).toBe(413);
    expect(error.message).toContain('fylder udpakket mere end 2 MB');
  });

  it('refuses more than 10.000 rows, and lets 10.000 through', async () => {
    const error = await refusal(await xlsxOfRows(XLSX_LIMITS.rows + 1));
    expect(error.status).toBe(413);
    expect(error.message).toContain('mere end 10.000 rækker');
    await expect(checkXlsxArchive(await xlsxOfRows(XLSX_LIMITS.rows))).resolves.toBe(true);
  });

  it('refuses more cells than the limit', async () => {
    const error = await refusal(await xlsxOfRows(600), { ...XLSX_LIMITS, cells: 1000 });
    expect(error.message).toContain('mere end 1.000 udfyldte celler');
  });

  it('refuses more shared strings than the limit', async () => {
    const strings = zipArchive([
      {
        name: 'xl/sharedStrings.xml',
        data: {
          head: '<sst>',
          repeat: '<si><t>Lønudgifter</t></si>',
          times: 60_000,
          tail: '</sst>',
        },
      },
    ]);
    const error = await refusal(await strings);
    expect(error.message).toContain('mere end 50.000 forskellige tekster');
  });

  it('refuses an archive of more parts than the limit before unpacking any', async () => {
    const parts = Array.from({ length: 1001 }, (_, i) => ({
      name: `xl/media/image${i}.png`,
      data: new Uint8Array(1),
    }));
    const error = await refusal(await zipArchive(parts));
    expect(error.message).toContain('består af 1.001 dele (højst 1.000)');
  });

  it('finds a file that is no zip archive unsound, and the reader says it cannot read it', async () => {
    const text = new TextEncoder().encode('Dette er ikke et regneark');
    await expect(checkXlsxArchive(text)).resolves.toBe(false);
    expect((await readTabel1Xlsx(text)).errors[0]?.message).toContain('kan ikke læses');
  });
});
