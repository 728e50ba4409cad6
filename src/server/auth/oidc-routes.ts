import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../shared/api-schemas.ts';
import { sendProblem } from '../http/errors.ts';
import type { Services } from '../services.ts';
import type { PendingSignIn } from './oidc.ts';
import { secure, setSessionCookie, type CookieSecurity } from './session.ts';
import { say } from '../words.ts';

// The browser's side of the identity provider's sign-in: start sends it to the provider, the
// provider sends it back to the callback, which sets the same session cookie as a password
// sign-in and goes on to the web app. A failure lands on the sign-in page with its reason.

const PENDING_COOKIE = 'puljer_oidc';
const PENDING_PATH = '/api/auth/oidc';
const tags = ['auth'];

const pendingSignIn = z.object({ state: z.string(), nonce: z.string(), verifier: z.string() });

function readPending(request: FastifyRequest): PendingSignIn | null {
  const raw = request.cookies[PENDING_COOKIE];
  if (!raw) return null;
  try {
    const parsed = pendingSignIn.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const toSignInPage = (reply: FastifyReply, reason: string) =>
  reply.redirect(`/log-ind?fejl=${reason}`);

export const oidcRoutes: FastifyPluginAsyncZod<{
  services: Pick<Services, 'oidc'>;
  cookieSecurity: CookieSecurity;
}> = async (app, { services, cookieSecurity }) => {
  app.get(
    '/auth/oidc/start',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Log ind via kommunens identitetsudbyder (OpenID Connect)',
        description: 'Viderestiller til identitetsudbyderen. 404, når den ikke er sat op.',
        response: { 302: z.null(), 404: apiError, 503: apiError },
      },
    },
    async (request, reply) => {
      const oidc = services.oidc;
      if (!oidc) {
        return sendProblem(reply, {
          error: 'NotFound',
          message: say('problem.signIn.oidcMissing'),
        });
      }
      let started;
      try {
        started = await oidc.startOidcSignIn();
      } catch (error) {
        request.log.error({ err: error }, 'identity provider discovery failed');
        return sendProblem(reply, {
          error: 'Unavailable',
          message: say('problem.signIn.oidcDown'),
        });
      }
      // Lax, unlike the session: the provider's redirect back is a navigation from its site.
      reply.setCookie(
        PENDING_COOKIE,
        Buffer.from(JSON.stringify(started.pending)).toString('base64url'),
        {
          path: PENDING_PATH,
          httpOnly: true,
          sameSite: 'lax',
          secure: secure(request, cookieSecurity),
          maxAge: 10 * 60,
        },
      );
      return reply.redirect(started.url);
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Identitetsudbyderens svar; sætter sessionen og viderestiller til webappen',
        querystring: z.record(z.string(), z.string()),
        response: { 302: z.null() },
      },
    },
    async (request, reply) => {
      const pending = readPending(request);
      reply.clearCookie(PENDING_COOKIE, { path: PENDING_PATH });
      if (!services.oidc || !pending) return toSignInPage(reply, 'provider');
      const outcome = await services.oidc.finishOidcSignIn({
        query: request.url.split('?')[1] ?? '',
        pending,
      });
      if (!outcome.ok) {
        request.log.warn(
          { refusal: outcome.refusal, detail: outcome.detail },
          'OIDC sign-in refused',
        );
        return toSignInPage(reply, outcome.refusal);
      }
      setSessionCookie(request, reply, outcome.session, cookieSecurity);
      return reply.redirect('/');
    },
  );
};
