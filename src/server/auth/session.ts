import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FoundSession, SignedInUser } from './actor.ts';
import { csrfTokenFor } from './tokens.ts';

// Every API request learns who sent it: `request.actor` is the signed-in user, or null. Only a
// request that carries the session cookie costs a database read, which also reads the data
// version (`request.dataVersion`) a kept answer is checked against (db/answers.ts).

export const SESSION_COOKIE = 'puljer_session';

/** 'auto': Secure when the request came over https (behind a proxy, with TRUST_PROXY set). */
export type CookieSecurity = 'auto' | boolean;

export interface RequestSession {
  token: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: SignedInUser | null;
    session: RequestSession | null;
    dataVersion: number | null;
  }
}

export interface SessionLookup {
  sessionOf(options: { token: string }): Promise<FoundSession | null>;
}

export function registerSessions(api: FastifyInstance, lookup: SessionLookup): void {
  api.decorateRequest('actor', null);
  api.decorateRequest('session', null);
  api.decorateRequest('dataVersion', null);
  api.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await lookup.sessionOf({ token });
    if (!found) return;
    request.actor = found.user;
    request.dataVersion = found.dataVersion;
    request.session = { token, csrfToken: csrfTokenFor(token) };
  });
}

export function secure(request: FastifyRequest, security: CookieSecurity): boolean {
  return security === 'auto' ? request.protocol === 'https' : security;
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
  security: CookieSecurity,
): void {
  // Strict: no other site can make the browser send it, not even on a link into the app. The
  // web app reads its data with fetch after loading, which is same-site, so nothing is lost.
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: secure(request, security),
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  security: CookieSecurity,
): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: secure(request, security),
  });
}
