import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { commentRoutes } from './comments/routes.ts';
import { inboxRoutes } from './inbox/routes.ts';
import { economicsRoutes } from './economics/routes.ts';
import { documentRoutes } from './documents/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { workflowRoutes } from './workflow/routes.ts';
import { enforceAccess } from './auth/access.ts';
import { oidcRoutes } from './auth/oidc-routes.ts';
import { authRoutes } from './auth/routes.ts';
import { registerSessions, type CookieSecurity } from './auth/session.ts';
import { healthRoutes } from './health/routes.ts';
import { importRoutes } from './imports/routes.ts';
import { frameworkError, registerErrorHandling } from './http/errors.ts';
import { registerInputGuard } from './http/input-guard.ts';
import {
  DEFAULT_LOAD_SHEDDING,
  registerLoadShedding,
  type LoadShedding,
} from './http/load-shedding.ts';
import { registerOpenApi } from './http/openapi.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerWeb } from './http/web.ts';
import { priceIndexRoutes } from './price-indices/routes.ts';
import { decisionRoutes } from './decisions/routes.ts';
import { portfolioRoutes } from './portfolio/routes.ts';
import { roundRoutes } from './rounds/routes.ts';
import { loanRoutes } from './followup/loans/routes.ts';
import { frameRoutes } from './followup/frames/routes.ts';
import { goalRoutes } from './followup/goals/routes.ts';
import { reminderRoutes } from './followup/reminders/routes.ts';
import { realisedRoutes } from './followup/realised/routes.ts';
import { proposalRoutes } from './proposals/routes.ts';
import { referenceRoutes } from './reference/routes.ts';
import { searchRoutes } from './search/routes.ts';
import type { Services } from './services.ts';

export interface AppOptions {
  services: Services;
  /** Omitted in tests: no logging. */
  logger?: FastifyBaseLogger;
  bodyLimitBytes?: number;
  /** Largest document accepted for import (a PDF is larger than a JSON body). */
  importLimitBytes?: number;
  /** The built web app (`dist/web`); null or missing serves a hint to build it. */
  webRoot?: string | null;
  /** Secure cookies: 'auto' sets them when the request came over https. */
  cookieSecurity?: CookieSecurity;
  /** Behind a reverse proxy: take the client's address and protocol from X-Forwarded-*. */
  trustProxy?: boolean;
  /** How many API requests are worked on at once before more are answered 503. */
  loadShedding?: LoadShedding;
}

/** The HTTP app over the given services; it opens nothing itself and listens nowhere. */
export async function createApp({
  services,
  logger,
  bodyLimitBytes = 1024 * 1024,
  importLimitBytes = 20 * 1024 * 1024,
  webRoot = null,
  cookieSecurity = 'auto',
  trustProxy = false,
  loadShedding = DEFAULT_LOAD_SHEDDING,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    bodyLimit: bodyLimitBytes,
    trustProxy,
    frameworkErrors: frameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app, bodyLimitBytes);
  registerInputGuard(app);
  await registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  await registerOpenApi(app);

  await app.register(
    async (api) => {
      // The API speaks JSON; Fastify would otherwise hand text/plain bodies on as strings.
      api.removeContentTypeParser('text/plain');
      registerLoadShedding(api, loadShedding);
      // Answers of 1 kB or more go out compressed to a client that accepts it (brotli at
      // quality 4, or gzip); the web app's files are compressed once, at build (web.ts). Bodies
      // sent compressed are refused: inflating them would step around BODY_LIMIT_BYTES.
      await api.register(fastifyCompress, { globalDecompression: false });
      registerSessions(api, services);
      // 401/403 as each route's declared access says; the policies decide the rest.
      enforceAccess(api);
      await api.register(authRoutes, { services, cookieSecurity });
      await api.register(oidcRoutes, { services, cookieSecurity });
      await api.register(auditRoutes, { services });
      await api.register(workflowRoutes, { services });
      await api.register(commentRoutes, { services });
      await api.register(inboxRoutes, { services });
      await api.register(healthRoutes, { services });
      await api.register(proposalRoutes, { proposals: services.proposals });
      await api.register(importRoutes, { services, fileLimitBytes: importLimitBytes });
      await api.register(referenceRoutes, { services });
      await api.register(searchRoutes, { services });
      await api.register(documentRoutes, { services });
      await api.register(economicsRoutes, { services });
      await api.register(priceIndexRoutes, { services });
      await api.register(decisionRoutes, { services });
      await api.register(portfolioRoutes, { services });
      await api.register(roundRoutes, { services });
      await api.register(loanRoutes, { services });
      await api.register(frameRoutes, { services });
      await api.register(goalRoutes, { services });
      await api.register(reminderRoutes, { services });
      await api.register(realisedRoutes, { services });
      api.get('/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, () =>
        app.swagger(),
      );
    },
    { prefix: '/api' },
  );
  await registerWeb(app, webRoot);
  // The workers reading uploads end with the app; in-flight requests have finished by then.
  app.addHook('onClose', () => services.closeWork());
  return app;
}
