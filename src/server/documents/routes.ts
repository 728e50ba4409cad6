import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../shared/api-schemas.ts';
import { tabel1Import } from '../../shared/documents-schema.ts';
import { actorOf } from '../auth/access.ts';
import { sendProblem } from '../http/errors.ts';
import { readUpload } from '../http/upload.ts';
import type { Services } from '../services.ts';
import { proposalParams } from '../proposals/schema.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A real Tabel 1 sheet is tens of kilobytes; this leaves room for pictures and other sheets. */
export const MAX_XLSX_BYTES = 5 * 1024 * 1024;

const binary = z.any().meta({ type: 'string', format: 'binary' });
const fileResponse = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: binary } },
});
const roundParams = z.object({ id: z.string().min(1).max(60) });

export const documentRoutes: FastifyPluginAsyncZod<{
  services: Pick<
    Services,
    | 'exportProposalDocx'
    | 'exportRoundOverviewDocx'
    | 'exportRoundOverviewXlsx'
    | 'exportTabel1Xlsx'
    | 'importTabel1Xlsx'
  >;
}> = async (app, { services }) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_XLSX_BYTES, files: 1, fields: 10, parts: 11 },
  });

  const downloads = [
    {
      url: '/proposals/:id/export.docx',
      summary: 'Forslaget som Word-dokument (.docx) i skabelonens rækkefølge',
      params: proposalParams,
      file: fileResponse(DOCX, 'Word-dokumentet'),
      make: services.exportProposalDocx,
    },
    {
      url: '/proposals/:id/tabel1.xlsx',
      summary: 'Tabel 1 som Excel-ark (.xlsx) med formler for subtotaler og tilbagebetalingstid',
      params: proposalParams,
      file: fileResponse(XLSX, 'Excel-arket'),
      make: services.exportTabel1Xlsx,
    },
    {
      url: '/rounds/:id/overview.docx',
      summary: 'Rundens oversigt over indkomne ansøgninger (bilag) som Word-dokument',
      params: roundParams,
      file: fileResponse(DOCX, 'Word-dokumentet'),
      make: services.exportRoundOverviewDocx,
    },
    {
      url: '/rounds/:id/overview.xlsx',
      summary: 'Rundens oversigt over indkomne ansøgninger og puljerne som Excel-ark (.xlsx)',
      params: roundParams,
      file: fileResponse(XLSX, 'Excel-arket'),
      make: services.exportRoundOverviewXlsx,
    },
  ];
  for (const { url, summary, params, file, make } of downloads) {
    app.get(
      url,
      {
        // The service asks documentPolicy: a proposal the user may not read answers 404.
        config: { access: 'signed-in' },
        schema: {
          tags: ['documents'],
          summary,
          params,
          response: { 200: file, 400: apiError, 401: apiError, 403: apiError, 404: apiError },
        },
      },
      async (request, reply) => {
        const made = await make({ ...request.params, user: actorOf(request) });
        const type = Object.keys(file.content)[0]!;
        if (!made.ok) return sendProblem(reply, made.problem);
        return reply
          .type(type)
          .header('content-disposition', made.value.disposition)
          .header('cache-control', 'no-store')
          .send(made.value.body);
      },
    );
  }

  app.post(
    '/economics/import-xlsx',
    {
      // Reads the uploaded file and stores nothing, so any signed-in user may.
      config: { access: 'signed-in' },
      schema: {
        tags: ['documents'],
        summary: 'Læs Tabel 1 fra et Excel-ark (.xlsx)',
        description:
          'Send filen som multipart/form-data i feltet `file`. Svaret er tabellen i 1.000 kr. ' +
          'og, på dansk, hvad der ikke kunne læses (med cellen) og hvad der ser forkert ud. ' +
          'Er `errors` ikke tom, er tabellen ufuldstændig. En fil, der udpakket er større end ' +
          'et Tabel 1-ark kan være (for mange rækker, celler eller bytes), afvises med 413; ' +
          'læser serveren allerede så mange filer, den kan, svares 503 med Retry-After.',
        consumes: ['multipart/form-data'],
        response: {
          200: tabel1Import,
          400: apiError,
          401: apiError,
          403: apiError,
          413: apiError,
          415: apiError,
          503: apiError,
        },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request, MAX_XLSX_BYTES);
      if (!upload.ok) return sendProblem(reply, upload.problem);
      const read = await services.importTabel1Xlsx({ data: upload.bytes });
      if (!read.ok) return sendProblem(reply, read.problem);
      return read.value;
    },
  );
};
