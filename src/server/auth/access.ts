import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from '../http/errors.ts';
import type { Problem } from '../problems.ts';
import type { SignedInUser } from './actor.ts';
import { sameToken } from './tokens.ts';
import { say, type Words } from '../words.ts';

// Each route declares who may call it at all: `config: { access: 'public' }` for anyone,
// 'signed-in' (the default) for a session; the handler then asks the entity's policy what
// this user may do with this record. `enforceAccess` turns the declarations into answers:
// 401 without a session, 403 for a write without the session's CSRF token.

export type RouteAccess = 'public' | 'signed-in';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const forbidden = (message: Words): Problem => ({ error: 'Forbidden', message });

/**
 * A write whose Origin is another site's. Browsers send Origin with every cross-site write;
 * clients that are not browsers send none and are not at risk of forgery.
 */
export function foreignOrigin(request: FastifyRequest): Problem | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const origin = request.headers.origin;
  if (origin === undefined || origin === `${request.protocol}://${request.host}`) return null;
  return forbidden(say('problem.foreignOrigin'));
}

/**
 * A write made with the session cookie must also carry the session's CSRF token in the
 * X-CSRF-Token header: a page on another site can make the browser send the cookie (where
 * SameSite does not hold) but can never read the token.
 */
export function csrfRefusal(request: FastifyRequest): Problem | null {
  const foreign = foreignOrigin(request);
  if (foreign || SAFE_METHODS.has(request.method) || !request.session) return foreign;
  const given = request.headers[CSRF_HEADER];
  if (typeof given === 'string' && sameToken(given, request.session.csrfToken)) return null;
  return forbidden(say('problem.csrf', { header: CSRF_HEADER }));
}

export function accessRefusal(request: FastifyRequest): Problem | null {
  if ((request.routeOptions.config.access ?? 'signed-in') === 'public') return null;
  if (!request.actor) return { error: 'Unauthorized', message: say('problem.signIn.first') };
  return csrfRefusal(request);
}

/**
 * The switch from declared to enforced access, for every route of `api`. Registered after
 * the session hook and before validation, so a request without a session learns that first.
 */
export function enforceAccess(api: FastifyInstance): void {
  api.addHook('onRequest', async (request, reply) => {
    const refusal = accessRefusal(request);
    if (refusal) return sendProblem(reply, refusal);
  });
}

/** The user of a request to a 'signed-in' route, which enforceAccess let through only with one. */
export function actorOf(request: FastifyRequest): SignedInUser {
  if (!request.actor) throw new Error(`${request.url} reached its handler without a user`);
  return request.actor;
}
