import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, health } from '../../shared/api-schemas.ts';
import { sendProblem } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { say } from '../words.ts';

export const healthRoutes: FastifyPluginAsyncZod<{
  services: Pick<Services, 'checkHealth'>;
}> = async (app, { services }) => {
  app.get(
    '/health',
    {
      config: { access: 'public', shed: false },
      schema: {
        tags: ['system'],
        summary: 'Svarer ok, når databasen svarer',
        response: { 200: health, 503: apiError },
      },
    },
    async (request, reply) => {
      try {
        await services.checkHealth();
      } catch (error) {
        request.log.error({ err: error }, 'health check: database did not answer');
        return sendProblem(reply, { error: 'Unavailable', message: say('problem.databaseDown') });
      }
      return { status: 'ok' as const };
    },
  );
};
