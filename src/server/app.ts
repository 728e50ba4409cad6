import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { documentRoutes } from './documents/routes.ts';
import { economicsRoutes } from './economics/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { registerErrorHandling } from './http/errors.ts';
import { registerOpenApi } from './http/openapi.ts';
import { registerWeb } from './http/web.ts';
import { priceIndexRoutes } from './price-indices/routes.ts';
import { proposalRoutes } from './proposals/routes.ts';
import { referenceRoutes } from './reference/routes.ts';
import type { Services } from './services.ts';

export interface AppOptions {
  services: Services;
  /** Omitted in tests: no logging. */
  logger?: FastifyBaseLogger;
  bodyLimitBytes?: number;
  /** The built web app (`dist/web`); null or missing serves a hint to build it. */
  webRoot?: string | null;
}

/** The HTTP app over the given services; it opens nothing itself and listens nowhere. */
export async function createApp({
  services,
  logger,
  bodyLimitBytes = 1024 * 1024,
  webRoot = null,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    bodyLimit: bodyLimitBytes,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app, bodyLimitBytes);
  await registerOpenApi(app);

  await app.register(
    async (api) => {
      // The API speaks JSON; Fastify would otherwise hand text/plain bodies on as strings.
      api.removeContentTypeParser('text/plain');
      await api.register(healthRoutes, { services });
      await api.register(proposalRoutes, { services });
      await api.register(referenceRoutes, { services });
      await api.register(documentRoutes, { services });
      await api.register(economicsRoutes, { services });
      await api.register(priceIndexRoutes, { services });
      api.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
    },
    { prefix: '/api' },
  );
  await registerWeb(app, webRoot);
  return app;
}
