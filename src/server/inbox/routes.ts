import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, proposalList } from '../../shared/api-schemas.ts';
import { actorOf } from '../auth/access.ts';
import { summaryRef } from '../proposals/policy.ts';
import { presentSummary } from '../proposals/presenter.ts';
import type { Services } from '../services.ts';
import { inboxPolicy } from './policy.ts';

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
        response: { 200: proposalList, 401: apiError },
      },
    },
    async (request) => {
      const user = actorOf(request);
      const items = await services.proposals.list(user, { sort: 'updatedAt', order: 'desc' });
      const waiting = items.filter((p) => inboxPolicy.holds(user, summaryRef(p)));
      return { items: waiting.map(presentSummary) };
    },
  );
};
