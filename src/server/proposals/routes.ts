import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  apiError,
  proposalList,
  proposalListQuery,
  versionList,
} from '../../shared/api-schemas.ts';
import {
  proposalContentInput,
  proposalOutput,
  proposalUpdateInput,
} from '../../shared/proposal-schema.ts';
import { keepRecorded } from '../../domain/workflow/recorded.ts';
import { actorOf } from '../auth/access.ts';
import { refusedWrites, sendProblem } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { proposalRefusal } from './guard.ts';
import { proposalPolicy, summaryRef } from './policy.ts';
import { presentProposal, presentSummary, presentVersion } from './presenter.ts';
import { proposalParams, versionParams } from './schema.ts';

const tags = ['proposals'];

export const proposalRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get(
    '/proposals',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Forslag, filtreret og sorteret',
        querystring: proposalListQuery,
        response: { 200: proposalList, 400: apiError },
      },
    },
    async (request) => {
      const { kind, administration, round, sort, order } = request.query;
      const user = actorOf(request);
      const items = await services.listProposals({
        kind,
        administration,
        roundId: round,
        sort,
        order,
      });
      const visible = items.filter((p) => proposalPolicy.read(user, summaryRef(p)));
      return { items: visible.map(presentSummary) };
    },
  );

  app.post(
    '/proposals',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Opret et forslag (kladde)',
        body: proposalContentInput,
        response: { 201: proposalOutput, 400: apiError, 401: apiError, 403: apiError },
      },
    },
    async (request, reply) => {
      const user = actorOf(request);
      if (!proposalPolicy.create(user, request.body.leadAdministration)) {
        return sendProblem(reply, {
          error: 'Forbidden',
          message: 'Du kan kun oprette forslag for din egen forvaltning.',
        });
      }
      const recorded = proposalPolicy.recordedChange(user, null, request.body);
      if (recorded) return sendProblem(reply, recorded);
      const created = await services.createProposal({
        content: request.body,
        actor: user,
      });
      if (!created.ok) return sendProblem(reply, created.problem);
      return reply.code(201).send(presentProposal(created.value));
    },
  );

  app.get(
    '/proposals/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Et forslag, som det er nu',
        params: proposalParams,
        response: { 200: proposalOutput, 400: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const refused = await proposalRefusal(services, actorOf(request), request.params.id);
      if (refused) return sendProblem(reply, refused);
      const found = await services.getProposal({ id: request.params.id });
      if (!found.ok) return sendProblem(reply, found.problem);
      return presentProposal(found.value);
    },
  );

  app.put(
    '/proposals/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Gem forslaget som ny version',
        description:
          '`version` er den version, ændringerne bygger på. Har en anden gemt siden, svares ' +
          '409 med `currentVersion`, og intet gemmes. Det, arbejdsgangen registrerer, kan ' +
          'udelades og beholder da det gemte: `financeApproval` (Tabel 4, kun skridtet ' +
          '`approve_finance`), svarene i `hearings` (kun høringsparten selv; planlagte rækker ' +
          'uden svar må tilføjes og fjernes), `code` og `roundId` (kun puljesekretariatet). ' +
          'Sendes de ændret, svares 403 med feltets navn.',
        params: proposalParams,
        body: proposalUpdateInput,
        response: { 200: proposalOutput, ...refusedWrites },
      },
    },
    async (request, reply) => {
      const { version, code, roundId, financeApproval, hearings, ...rest } = request.body;
      const user = actorOf(request);
      const refused =
        (await proposalRefusal(services, user, request.params.id, proposalPolicy.update)) ??
        (proposalPolicy.move(user, rest.leadAdministration)
          ? null
          : ({
              error: 'Forbidden',
              message: 'leadAdministration: du kan ikke flytte forslaget til en anden forvaltning.',
            } as const));
      if (refused) return sendProblem(reply, refused);
      const stored = await services.getProposal({ id: request.params.id });
      if (!stored.ok) return sendProblem(reply, stored.problem);
      const content = {
        ...rest,
        ...keepRecorded(stored.value.content, { code, roundId, financeApproval, hearings }),
      };
      // A save based on an older version is answered 409 by the update, whatever it carries.
      const recorded =
        stored.value.version === version
          ? proposalPolicy.recordedChange(user, stored.value.content, content)
          : null;
      if (recorded) return sendProblem(reply, recorded);
      const saved = await services.updateProposal({
        id: request.params.id,
        version,
        content,
        actor: user,
      });
      if (!saved.ok) return sendProblem(reply, saved.problem);
      return presentProposal(saved.value);
    },
  );

  app.get(
    '/proposals/:id/versions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Forslagets gemte versioner, ældste først',
        params: proposalParams,
        response: { 200: versionList, 400: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const refused = await proposalRefusal(services, actorOf(request), request.params.id);
      if (refused) return sendProblem(reply, refused);
      const versions = await services.listVersions({ id: request.params.id });
      if (!versions.ok) return sendProblem(reply, versions.problem);
      return { items: versions.value.map(presentVersion) };
    },
  );

  app.get(
    '/proposals/:id/versions/:version',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Forslaget, som det var i en given version',
        params: versionParams,
        response: { 200: proposalOutput, 400: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const refused = await proposalRefusal(services, actorOf(request), request.params.id);
      if (refused) return sendProblem(reply, refused);
      const found = await services.getVersion(request.params);
      if (!found.ok) return sendProblem(reply, found.problem);
      return presentProposal(found.value);
    },
  );
};
