import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EVIDENCE_LIMIT_BYTES, EVIDENCE_MEDIA_TYPES } from '../../../domain/followup/evidence.ts';
import { apiError } from '../../../shared/api-schemas.ts';
import {
  goalDefinition,
  goalOutput,
  goalUpdateInput,
  measurementFields,
  proposalGoalsOutput,
} from '../../../shared/followup/goals-schema.ts';
import { actorOf } from '../../auth/access.ts';
import { answer, refusedReads, refusedWrites, sendProblem, zodWords } from '../../http/errors.ts';
import { validationProblem } from '../../problems.ts';
import type { Services } from '../../services.ts';
import { readMeasurementForm } from './measurement-form.ts';
import { presentGoal, presentProposalGoals } from './presenter.ts';
import { languageOf } from '../../http/language.ts';

const tags = ['follow-up'];
const proposalParams = z.object({ id: z.uuid() });
const goalParams = z.object({ goalId: z.uuid() });

export const goalRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (
  app,
  { services },
) => {
  await app.register(multipart, {
    limits: { fileSize: EVIDENCE_LIMIT_BYTES, files: 1, fields: 10, parts: 11 },
  });

  app.get(
    '/proposals/:id/goals',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Et forslags opfølgningsmål med målinger, status og bilag',
        description:
          'Før opfølgningen er startet, er `goals` tom, og `tabel3` viser forslagets mål.',
        params: proposalParams,
        response: { 200: proposalGoalsOutput, ...refusedReads },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await services.proposalGoals({
          proposalId: request.params.id,
          user: actorOf(request),
        }),
        presentProposalGoals,
      ),
  );

  app.post(
    '/proposals/:id/goals/from-tabel3',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Start opfølgningen med forslagets Tabel 3-mål',
        description:
          'Forslagets egen forvaltning og puljesekretariatet, på et bevilget forslag. 409 når ' +
          'opfølgningen allerede er startet.',
        params: proposalParams,
        response: { 201: proposalGoalsOutput, ...refusedWrites },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await services.startGoalsFromTabel3({
          proposalId: request.params.id,
          user: actorOf(request),
        }),
        presentProposalGoals,
        201,
      ),
  );

  app.post(
    '/proposals/:id/goals',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Tilføj et opfølgningsmål',
        params: proposalParams,
        body: goalDefinition,
        response: { 201: goalOutput, ...refusedWrites },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await services.addGoal({
          proposalId: request.params.id,
          user: actorOf(request),
          input: request.body,
        }),
        presentGoal,
        201,
      ),
  );

  app.put(
    '/goals/:goalId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Ret et opfølgningsmål: indikator, ansvarlig, datoer, status',
        description:
          '`delayed` og `dropped` kræver `statusComment`. 409 når målet er ændret siden `version`.',
        params: goalParams,
        body: goalUpdateInput,
        response: { 200: goalOutput, ...refusedWrites },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await services.updateGoal({
          goalId: request.params.goalId,
          user: actorOf(request),
          input: request.body,
        }),
        presentGoal,
      ),
  );

  app.post(
    '/goals/:goalId/measurements',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Registrér en måling, evt. med et bilag som dokumentation',
        description:
          'multipart/form-data med `version`, `measuredOn`, `value` (tom for en måling uden tal), ' +
          '`comment` og evt. filen i `file`: PDF, Word (.docx), Excel (.xlsx), PNG, JPEG eller ' +
          `CSV, højst ${EVIDENCE_LIMIT_BYTES} bytes, typen afgjort af indholdet.`,
        consumes: ['multipart/form-data'],
        params: goalParams,
        response: { 201: goalOutput, ...refusedWrites, 413: apiError, 415: apiError },
      },
    },
    async (request, reply) => {
      const form = await readMeasurementForm(request);
      if (!form.ok) return sendProblem(reply, form.problem);
      const fields = measurementFields.safeParse(form.fields);
      if (!fields.success) {
        return sendProblem(
          reply,
          validationProblem(
            fields.error.issues.map((i) => ({
              field: i.path.join('.') || 'body',
              message: zodWords(i, languageOf(request)),
            })),
          ),
        );
      }
      return answer(
        reply,
        await services.recordMeasurement({
          goalId: request.params.goalId,
          user: actorOf(request),
          fields: fields.data,
          file: form.file,
        }),
        presentGoal,
        201,
      );
    },
  );

  app.get(
    '/goals/:goalId/evidence/:evidenceId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Hent et bilag til et opfølgningsmål',
        params: goalParams.extend({ evidenceId: z.uuid() }),
        response: {
          200: {
            description: 'Filen',
            content: {
              'application/octet-stream': {
                schema: z.any().meta({ type: 'string', format: 'binary' }),
              },
            },
          },
          ...refusedReads,
        },
      },
    },
    async (request, reply) => {
      const found = await services.goalEvidence({
        goalId: request.params.goalId,
        evidenceId: request.params.evidenceId,
        user: actorOf(request),
      });
      if (!found.ok) return sendProblem(reply, found.problem);
      const file = found.value;
      return reply
        .type(EVIDENCE_MEDIA_TYPES[file.kind])
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
};
