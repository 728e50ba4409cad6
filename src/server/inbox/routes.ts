import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, proposalList } from '../../shared/api-schemas.ts';
import { mapPage, pageQuery } from '../../shared/paging.ts';
import { actorOf } from '../auth/access.ts';
import { presentSummary } from '../proposals/presenter.ts';
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
    async (request) =>
      mapPage(await services.proposals.inbox(actorOf(request), request.query), presentSummary),
  );
};
