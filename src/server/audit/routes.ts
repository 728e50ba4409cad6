import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../shared/api-schemas.ts';
import {
  auditCheckpoint,
  auditHistory,
  auditLog,
  auditLogQuery,
  auditVerdict,
  auditVerifyInput,
} from '../../shared/audit-schema.ts';
import { mapPage, timePageQuery } from '../../shared/paging.ts';
import { actorOf } from '../auth/access.ts';
import { sendProblem } from '../http/errors.ts';
import { proposalParams } from '../proposals/schema.ts';
import type { Services } from '../services.ts';
import { auditPolicy } from './policy.ts';
import { presentAuditEntry, presentLogEntry, presentVerdict } from './presenter.ts';
import { say } from '../words.ts';

const tags = ['audit'];

const FORBIDDEN = {
  error: 'Forbidden',
  message: say('problem.audit.forbidden'),
} as const;

export const auditRoutes: FastifyPluginAsyncZod<{
  services: Pick<
    Services,
    'auditLog' | 'checkpointAudit' | 'proposalHistory' | 'proposals' | 'verifyAudit'
  >;
}> = async (app, { services }) => {
  app.get(
    '/audit/verify',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Kontrollér, at revisionssporet er intakt',
        description:
          'Genberegner hver posts hash og kæden mellem dem. En post, der er ændret, slettet ' +
          'eller flyttet direkte i databasen, gør kæden brudt fra den post: svaret er da ' +
          '`intact: false` med den første brudte post.',
        response: { 200: auditVerdict, 401: apiError, 403: apiError },
      },
    },
    async (request, reply) => {
      if (!auditPolicy.verify(actorOf(request))) return sendProblem(reply, FORBIDDEN);
      return presentVerdict(await services.verifyAudit());
    },
  );

  app.post(
    '/audit/verify',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Kontrollér sporet mod kontrolpunkter, der er gemt uden for databasen',
        description:
          'Som GET, og desuden mod de medsendte kontrolpunkter: et spor, hvis nyeste poster er ' +
          'slettet (også hvis hovedet er spolet tilbage), eller hvis en post er omskrevet, ' +
          'passer ikke til et underskrevet kontrolpunkt.',
        body: auditVerifyInput,
        response: { 200: auditVerdict, 400: apiError, 401: apiError, 403: apiError },
      },
    },
    async (request, reply) => {
      if (!auditPolicy.verify(actorOf(request))) return sendProblem(reply, FORBIDDEN);
      return presentVerdict(await services.verifyAudit({ checkpoints: request.body.checkpoints }));
    },
  );

  app.get(
    '/audit/entries',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Sporets poster om andet end forslagenes indhold, nyeste først',
        description:
          'Log ind og ud, mislykkede forsøg (brugernavn og adresse, aldrig adgangskoden), ' +
          'brugere og roller, bemærkninger, indlæsninger og prisindeks.',
        querystring: auditLogQuery,
        response: { 200: auditLog, 400: apiError, 401: apiError, 403: apiError },
      },
    },
    async (request, reply) => {
      if (!auditPolicy.verify(actorOf(request))) return sendProblem(reply, FORBIDDEN);
      return mapPage(await services.auditLog(request.query), presentLogEntry);
    },
  );

  app.post(
    '/audit/checkpoints',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Underskriv sporets hoved nu og hent kontrolpunktet',
        description:
          'Gem filen uden for systemet (fx hos revisor). Den bevidner, at sporet på dette ' +
          'tidspunkt havde så mange poster med netop denne hash.',
        response: { 201: auditCheckpoint, 401: apiError, 403: apiError },
      },
    },
    async (request, reply) => {
      if (!auditPolicy.verify(actorOf(request))) return sendProblem(reply, FORBIDDEN);
      const checkpoint = await services.checkpointAudit();
      return reply
        .status(201)
        .header(
          'content-disposition',
          `attachment; filename="revisionsspor-kontrolpunkt-${checkpoint.seq}.json"`,
        )
        .send(checkpoint);
    },
  );

  app.get(
    '/proposals/:id/history',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Forslagets historik fra revisionssporet',
        params: proposalParams,
        querystring: timePageQuery,
        response: { 200: auditHistory, 400: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const refused = await services.proposals.refusal(
        actorOf(request),
        request.params.id,
        auditPolicy.history,
      );
      if (refused) return sendProblem(reply, refused);
      const history = await services.proposalHistory({ id: request.params.id, ...request.query });
      return mapPage(history, presentAuditEntry);
    },
  );
};
