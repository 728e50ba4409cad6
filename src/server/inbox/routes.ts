import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, proposalList } from '../../shared/api-schemas.ts';
import { pageQuery } from '../../shared/paging.ts';
import { actorOf } from '../auth/access.ts';
import { sendWritten } from '../http/written.ts';
import type { Services } from '../services.ts';

export const inboxRoutes: FastifyPluginAsyncZod<{ services: Pick<Services, 'proposals'> }> = async (
  app,
  { services },
) => {
  app.get(
    '/inbox',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['workflow'],
        summary: 'Venter på dig: forslag, hvor næste skridt er din rolles, senest ændrede først',
        querystring: pageQuery,
        response: { 200: proposalList, 400: apiError, 401: apiError },
      },
    },
    async (request, reply) =>
      sendWritten(
        reply,
        await services.proposals.inbox(actorOf(request), request.query, request.dataVersion),
      ),
  );
};
