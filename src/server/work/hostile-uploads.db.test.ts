import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  manyPagePdf,
  pdfBomb,
  xlsxBomb,
  xlsxOfRows,
} from '../../documents/test-support/hostile-files.ts';
import { demoContent } from '../../documents/test-support/demo.ts';
import { tabel1Xlsx } from '../../documents/tabel1-xlsx.ts';
import { seededRandom, syntheticDocument } from '../../import/synthetic-document.ts';
import { printToPdf } from '../../import/test-pdf.ts';
import { readSeed } from '../../import/test-seeds.ts';
import { importOutput } from '../../shared/import-schemas.ts';
import { multipartUpload } from '../imports/test-upload.ts';
import { createApp } from '../app.ts';
import { services } from '../services.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { expectProblem } from '../test/expect.ts';
import { signedInAs, type Inject } from '../test/users.ts';
import { uploadWork } from './index.ts';

// Hostile uploads to the running app: .xlsx zip bombs to the Tabel 1 reader, which every
// signed-in user may call, and PDFs and texts to the import. Each is refused or read with a
// 4xx that says why, while the server keeps answering its health check within HEALTH_BOUND_MS
// and its memory grows by less than MEMORY_BOUND_MB. Before the reading moved into bounded
// workers, one 300 MB bomb held the server for 37 s and 2,9 GB, and two at once ended it.

/** Slowest health answer allowed while an upload is being read. */
const HEALTH_BOUND_MS = 1000;
/** Largest growth of the process's memory allowed while an upload is being read. */
const MEMORY_BOUND_MB = 512;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Whether JSON.stringify and JSON.parse are the engine's own: a replacer and a reviver see their
 * caller on the stack. (A core-js polyfill also disguises Function.prototype.toString, so the
 * source text would say "[native code]" either way.)
 */
function jsonCallers() {
  let stringify = '';
  let parse = '';
  JSON.stringify({ a: 1 }, function (key, value: unknown) {
    if (key === 'a') stringify = new Error().stack!.split('\n')[2]!.trim();
    return value;
  });
  JSON.parse('{"a":1}', function (key, value: unknown) {
    if (key === 'a') parse = new Error().stack!.split('\n')[2]!.trim();
    return value;
  });
  return { stringify, parse };
}

describe.each(testDatabases())('hostile uploads on $name', (target) => {
  let t: TestApp;
  let reader: Inject;

  beforeAll(async () => {
    t = await startTestApp(target, {
      importLimitBytes: 12 * 1024 * 1024,
      work: { importMaxPages: 50, importTimeoutMs: 30_000 },
    });
    reader = await signedInAs(t, [{ role: 'reader', administration: null }]);
  });
  afterAll(() => t?.close());

  /**
   * Runs `work` while asking for health one call after another and sampling the memory; the
   * slowest health answer and the growth of the process's memory meanwhile.
   */
  async function whileServing<T>(work: () => Promise<T>) {
    const before = process.memoryUsage().rss;
    let peak = before;
    let slowest = 0;
    let running = true;
    const probing = (async () => {
      while (running) {
        const started = performance.now();
        const health = await t.app.inject('/api/health');
        expect(health.statusCode).toBe(200);
        slowest = Math.max(slowest, performance.now() - started);
        peak = Math.max(peak, process.memoryUsage().rss);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    try {
      return {
        result: await work(),
        slowest: () => slowest,
        grownMb: () => (peak - before) / 2 ** 20,
      };
    } finally {
      running = false;
      await probing;
    }
  }

  const readXlsx = (inject: Inject, bytes: Uint8Array) => {
    const { payload, headers } = multipartUpload('tabel1.xlsx', bytes, XLSX);
    return inject({ method: 'POST', url: '/api/economics/import-xlsx', payload, headers });
  };
  const upload = (fileName: string, content: Uint8Array | string, type?: string) => {
    const { payload, headers } = multipartUpload(fileName, content, type);
    return t.api({ method: 'POST', url: '/api/imports', payload, headers });
  };

  describe('the Tabel 1 reader', () => {
    it("refuses a reader's zip bomb (300 MB of sheet) with 413 and the limit, while health answers", async () => {
      const bomb = await xlsxBomb({ expandedMb: 300 });
      const served = await whileServing(() => readXlsx(reader, bomb));
      const body = expectProblem(served.result, 413, 'PayloadTooLarge', 'file');
      expect(body.message).toContain('højst 20 MB');
      expect(served.slowest()).toBeLessThan(HEALTH_BOUND_MS);
      expect(served.grownMb()).toBeLessThan(MEMORY_BOUND_MB);
    });

    it('refuses an archive that declares 1 MB for a part of 300 MB with 400 naming the file', async () => {
      const forged = await xlsxBomb({ expandedMb: 300, declaredMb: 1 });
      const body = expectProblem(await readXlsx(reader, forged), 400, 'ValidationError', 'file');
      expect(body.message).toContain('mere eller mindre, end filen selv angiver');
    });

    it('refuses a sheet of more than 10.000 rows with 413', async () => {
      const long = await xlsxOfRows(10_001);
      const body = expectProblem(await readXlsx(reader, long), 413, 'PayloadTooLarge', 'file');
      expect(body.message).toContain('mere end 10.000 rækker');
    });

    it('answers eight bombs at once with 413, or 503 and Retry-After past the bound, and reads a real sheet after', async () => {
      const bomb = await xlsxBomb({ expandedMb: 300 });
      const served = await whileServing(() =>
        Promise.all(Array.from({ length: 8 }, () => readXlsx(reader, bomb))),
      );
      // Two workers read and four wait; what comes while all six are taken is turned away.
      const statuses = served.result.map((response) => response.statusCode);
      expect(statuses.every((status) => status === 413 || status === 503)).toBe(true);
      for (const response of served.result.filter((r) => r.statusCode === 503)) {
        expectProblem(response, 503, 'Unavailable');
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      }
      expect(served.slowest()).toBeLessThan(HEALTH_BOUND_MS);
      expect(served.grownMb()).toBeLessThan(MEMORY_BOUND_MB);

      const economy = demoContent('BC01').economy;
      const real = await readXlsx(reader, await tabel1Xlsx({ economy, name: 'BC01' }));
      expect(real.statusCode, real.body).toBe(200);
      expect(real.json<{ table: { years: number[] } }>().table.years).toEqual(economy.years);
    });
  });

  describe('the import', () => {
    it('refuses a PDF of more pages than IMPORT_MAX_PAGES with 413 naming both counts', async () => {
      const body = expectProblem(
        await upload('sider.pdf', manyPagePdf(60)),
        413,
        'PayloadTooLarge',
        'file',
      );
      expect(body.message).toContain('PDF-filen har 60 sider; der kan højst indlæses 50 sider');
    });

    it('stops reading a PDF whose content unpacks to 100 MiB at the time limit, while health answers', async () => {
      // A second server over the same database, with IMPORT_TIMEOUT_SECONDS=3.
      const work = uploadWork({ importMaxPages: 50, importTimeoutMs: 3000 });
      const tight = await createApp({ services: services(t.access, { work }) });
      const secretariat = await signedInAs({ app: tight, access: t.access });
      const bomb = await pdfBomb(100);
      const { payload, headers } = multipartUpload('bombe.pdf', bomb);
      const served = await whileServing(() =>
        secretariat({ method: 'POST', url: '/api/imports', payload, headers }),
      );
      await tight.close();
      const body = expectProblem(served.result, 413, 'PayloadTooLarge', 'file');
      expect(body.message).toMatch(/tog mere end 3 sekunder|krævede mere end 512 MB/);
      expect(served.slowest()).toBeLessThan(HEALTH_BOUND_MS);
    });

    it('reads a text of 4 MB step by step while health answers', async () => {
      const { text, proposals } = syntheticDocument(seededRandom(10), 4 * 1024 * 1024);
      const served = await whileServing(async () => {
        const response = await upload('arkiv.txt', text, 'text/plain');
        expect(response.statusCode, response.body).toBe(201);
        let progress = importOutput.parse(response.json());
        expect(progress.total).toBe(proposals.length);
        for (let i = 0; i < 5; i++) {
          const step = await t.api({ method: 'POST', url: `/api/imports/${progress.id}/steps` });
          expect(step.statusCode, step.body).toBe(200);
          const next = importOutput.parse(step.json());
          expect(next.done).toBeGreaterThan(progress.done);
          progress = next;
        }
        return progress;
      });
      expect(served.result.status).toBe('reading');
      expect(served.slowest()).toBeLessThan(HEALTH_BOUND_MS);
    }, 120_000);

    it('keeps JSON.stringify and JSON.parse native in the server after reading a PDF', async () => {
      const response = await upload('seed-002.pdf', await printToPdf(readSeed('002_'), 6));
      expect(response.statusCode, response.body).toBe(201);
      const { id } = importOutput.parse(response.json());
      const step = await t.api({ method: 'POST', url: `/api/imports/${id}/steps` });
      expect(step.statusCode, step.body).toBe(200);
      expect(jsonCallers()).toEqual({
        stringify: 'at JSON.stringify (<anonymous>)',
        parse: 'at JSON.parse (<anonymous>)',
      });
      // Printing the PDF starts LibreOffice: tens of seconds on the shared machine under load.
    }, 180_000);
  });
});
