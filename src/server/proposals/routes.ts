import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  apiError,
  proposalList,
  proposalListQuery,
  ruleBreachList,
  ruleBreachQuery,
  versionList,
} from '../../shared/api-schemas.ts';
import {
  proposalContentInput,
  proposalOutput,
  proposalUpdateInput,
} from '../../shared/proposal-schema.ts';
import { mapPage, timePageQuery } from '../../shared/paging.ts';
import { actorOf } from '../auth/access.ts';
import { answer, refusedWrites, sendProblem } from '../http/errors.ts';
import { sendWritten } from '../http/written.ts';
import type { ProposalService } from './service.ts';
import { presentProposal, presentVersion } from './presenter.ts';
import { proposalParams, versionParams } from './schema.ts';

// The proposal resource. Each handler hands the signed-in user and the request to one verb of the
// proposal service, which checks access and answers a value or a problem.

const tags = ['proposals'];

export const proposalRoutes: FastifyPluginAsyncZod<{ proposals: ProposalService }> = async (
  app,
  { proposals },
) => {
  app.get(
    '/proposals',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Forslag, filtreret, sorteret og i sider',
        querystring: proposalListQuery,
        response: { 200: proposalList, 400: apiError },
      },
    },
    async (request, reply) => {
      const { round, ...query } = request.query;
      return sendWritten(
        reply,
        await proposals.list(actorOf(request), { ...query, roundId: round }, request.dataVersion),
      );
    },
  );

  app.get(
    '/proposals/rule-breaches',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Forslag, hvis tal bryder en blokerende regel (loft, tilbagebetalingstid, år)',
        querystring: ruleBreachQuery,
        response: { 200: ruleBreachList, 400: apiError },
      },
    },
    async (request) => ({
      items: await proposals.ruleBreaches(actorOf(request), request.query.ids),
    }),
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
    async (request, reply) =>
      answer(reply, await proposals.createAs(actorOf(request), request.body), presentProposal, 201),
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
      const read = await proposals.read(
        actorOf(request),
        request.params.id,
        (found) => String(reply.serialize(presentProposal(found))),
        request.dataVersion,
      );
      return read.ok ? sendWritten(reply, read.value) : sendProblem(reply, read.problem);
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
    async (request, reply) =>
      answer(
        reply,
        await proposals.save(actorOf(request), request.params.id, request.body),
        presentProposal,
      ),
  );

  app.get(
    '/proposals/:id/versions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Forslagets gemte versioner',
        params: proposalParams,
        querystring: timePageQuery,
        response: { 200: versionList, 400: apiError, 404: apiError },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await proposals.versions(actorOf(request), request.params.id, request.query),
        (page) => mapPage(page, presentVersion),
      ),
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
      const { id, version } = request.params;
      return answer(reply, await proposals.version(actorOf(request), id, version), presentProposal);
    },
  );
};
