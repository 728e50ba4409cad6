import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../shared/api-schemas.ts';
import { tabel1Import } from '../../shared/documents-schema.ts';
import { sendProblem } from '../http/errors.ts';
import type { Result } from '../problems.ts';
import type { Services } from '../services.ts';
import { proposalParams } from '../proposals/schema.ts';
import type { DownloadFile } from './service.ts';

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

function sendFile(reply: FastifyReply, result: Result<DownloadFile>, type: string) {
  if (!result.ok) return sendProblem(reply, result.problem);
  return reply
    .type(type)
    .header('content-disposition', result.value.disposition)
    .header('cache-control', 'no-store')
    .send(result.value.body);
}

export const documentRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (
  app,
  { services },
) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_XLSX_BYTES, files: 1, fields: 10, parts: 11 },
  });

  app.get(
    '/proposals/:id/export.docx',
    {
      schema: {
        tags: ['documents'],
        summary: 'Forslaget som Word-dokument (.docx) i skabelonens rækkefølge',
        params: proposalParams,
        response: {
          200: fileResponse(DOCX, 'Word-dokumentet'),
          400: apiError,
          404: apiError,
        },
      },
    },
    async (request, reply) =>
      sendFile(reply, await services.exportProposalDocx(request.params), DOCX),
  );

  app.get(
    '/proposals/:id/tabel1.xlsx',
    {
      schema: {
        tags: ['documents'],
        summary: 'Tabel 1 som Excel-ark (.xlsx) med formler for subtotaler og tilbagebetalingstid',
        params: proposalParams,
        response: {
          200: fileResponse(XLSX, 'Excel-arket'),
          400: apiError,
          404: apiError,
        },
      },
    },
    async (request, reply) =>
      sendFile(reply, await services.exportTabel1Xlsx(request.params), XLSX),
  );

  app.get(
    '/rounds/:id/overview.docx',
    {
      schema: {
        tags: ['documents'],
        summary: 'Rundens oversigt over indkomne ansøgninger (bilag) som Word-dokument',
        params: roundParams,
        response: {
          200: fileResponse(DOCX, 'Word-dokumentet'),
          400: apiError,
          404: apiError,
        },
      },
    },
    async (request, reply) =>
      sendFile(reply, await services.exportRoundOverviewDocx(request.params), DOCX),
  );

  app.post(
    '/economics/import-xlsx',
    {
      schema: {
        tags: ['documents'],
        summary: 'Læs Tabel 1 fra et Excel-ark (.xlsx)',
        description:
          'Send filen som multipart/form-data i feltet `file`. Svaret er tabellen i 1.000 kr. ' +
          'og, på dansk, hvad der ikke kunne læses (med cellen) og hvad der ser forkert ud. ' +
          'Er `errors` ikke tom, er tabellen ufuldstændig.',
        consumes: ['multipart/form-data'],
        response: { 200: tabel1Import, 400: apiError, 413: apiError, 415: apiError },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        return sendProblem(reply, {
          error: 'UnsupportedMediaType',
          message: 'file: send regnearket som multipart/form-data i feltet "file".',
        });
      }
      let data: Buffer;
      try {
        const part = await request.file();
        if (!part) {
          return sendProblem(reply, {
            error: 'BadRequest',
            message: 'file: forespørgslen indeholder ingen fil.',
          });
        }
        data = await part.toBuffer();
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode !== 413) throw error;
        return sendProblem(reply, {
          error: 'PayloadTooLarge',
          message: `file: filen er større end de tilladte ${MAX_XLSX_BYTES / 1024 / 1024} MB.`,
        });
      }
      return services.importTabel1Xlsx({ data });
    },
  );
};
