import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../shared/api-schemas.ts';
import { loginInput, me, signInOptions } from '../../shared/auth-schema.ts';
import { sendProblem } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { csrfRefusal, foreignOrigin } from './access.ts';
import { presentMe } from './presenter.ts';
import { clearSessionCookie, setSessionCookie, type CookieSecurity } from './session.ts';
import { say } from '../words.ts';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod<{
  services: Pick<Services, 'signIn' | 'signInOptions' | 'signOut'>;
  cookieSecurity: CookieSecurity;
}> = async (app, { services, cookieSecurity }) => {
  app.post(
    '/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Log ind med brugernavn og adgangskode',
        description:
          'Sætter sessionens cookie. Svaret har `csrfToken`, som skal sendes i headeren ' +
          '`X-CSRF-Token` ved hver ændring. Efter 5 mislykkede forsøg på et brugernavn ' +
          '(50 fra én adresse) inden for 15 minutter svares 429.',
        body: loginInput,
        response: { 200: me, 400: apiError, 401: apiError, 403: apiError, 429: apiError },
      },
    },
    async (request, reply) => {
      const foreign = foreignOrigin(request);
      if (foreign) return sendProblem(reply, foreign);
      const signedIn = await services.signIn({ ...request.body, address: request.ip });
      if (!signedIn.ok) {
        const { problem } = signedIn;
        if (problem.error === 'TooManyRequests') {
          reply.header('retry-after', String(problem.retryAfterSeconds));
        }
        return sendProblem(reply, problem);
      }
      setSessionCookie(request, reply, signedIn.value, cookieSecurity);
      return presentMe(signedIn.value.user, signedIn.value.csrfToken);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Log ud',
        description: 'Afslutter sessionen. Uden session svares også 204.',
        response: { 204: z.null(), 403: apiError },
      },
    },
    async (request, reply) => {
      const refused = csrfRefusal(request);
      if (refused) return sendProblem(reply, refused);
      if (request.session) await services.signOut({ token: request.session.token });
      clearSessionCookie(request, reply, cookieSecurity);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Den bruger, der er logget ind, med roller',
        response: { 200: me, 401: apiError },
      },
    },
    async (request, reply) => {
      if (!request.actor || !request.session) {
        return sendProblem(reply, { error: 'Unauthorized', message: say('problem.signIn.none') });
      }
      return presentMe(request.actor, request.session.csrfToken);
    },
  );

  app.get(
    '/auth/options',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Måder at logge ind på',
        response: { 200: signInOptions },
      },
    },
    () => services.signInOptions(),
  );
};
