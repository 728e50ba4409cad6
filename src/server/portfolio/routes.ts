import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../shared/api-schemas.ts';
import {
  portfolioInput,
  portfolioOutput,
  scoresInput,
  scoresOutput,
} from '../../shared/portfolio-schema.ts';
import { actorOf } from '../auth/access.ts';
import { refusedWrites, sendProblem } from '../http/errors.ts';
import { languageOf } from '../http/language.ts';
import type { Services } from '../services.ts';
import { word } from '../words.ts';

const tags = ['portfolio'];
const roundParams = z.object({ id: z.string().min(1).max(60) });
const reads = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };

export const portfolioRoutes: FastifyPluginAsyncZod<{
  services: Pick<Services, 'listScores' | 'optimisePortfolio' | 'scoreProposal'>;
}> = async (app, { services }) => {
  app.get(
    '/rounds/:id/scores',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Rundens kriterier, point og vægtede rangorden',
        params: roundParams,
        response: { 200: scoresOutput, ...reads },
      },
    },
    async (request, reply) => {
      const listed = await services.listScores({
        roundId: request.params.id,
        user: actorOf(request),
      });
      return listed.ok ? listed.value : sendProblem(reply, listed.problem);
    },
  );

  app.put(
    '/rounds/:id/scores/:proposalId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Sekretariatets point til et forslag (erstatter de tidligere)',
        params: roundParams.extend({ proposalId: z.uuid() }),
        body: scoresInput,
        response: { 204: z.null(), ...refusedWrites },
      },
    },
    async (request, reply) => {
      const saved = await services.scoreProposal({
        roundId: request.params.id,
        proposalId: request.params.proposalId,
        user: actorOf(request),
        scores: request.body.scores,
      });
      return saved.ok ? reply.code(204).send(null) : sendProblem(reply, saved.problem);
    },
  );

  app.post(
    '/rounds/:id/portfolio',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'Det optimale valg af forslag mod det simple (rangorden, så penge til de slipper op)',
        description:
          'Beregnes med HiGHS og gemmes ikke: puljer kan ændres og forslag tvinges med eller fra ' +
          'som et hvad-nu-hvis. Beløb i 1.000 kr. i rundens prisniveau.',
        params: roundParams,
        body: portfolioInput,
        response: { 200: portfolioOutput, ...refusedWrites },
      },
    },
    async (request, reply) => {
      const result = await services.optimisePortfolio({
        roundId: request.params.id,
        user: actorOf(request),
        input: request.body,
      });
      if (!result.ok) return sendProblem(reply, result.problem);
      const language = languageOf(request);
      return {
        ...result.value,
        infeasible: result.value.infeasible.map((why) => word(why, language)),
      };
    },
  );
};
