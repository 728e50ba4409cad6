import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from './errors.ts';
import { say } from '../words.ts';

// Past a bound of requests being worked on at once, the API answers 503 with Retry-After at
// once instead of queueing: a queue longer than the database can drain only turns every answer
// into a timeout, the ones already waiting included. The bound counts from before the session
// is looked up, so a refused request costs no database work.

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False for what must answer under any load: the health check a load balancer asks. */
    shed?: boolean;
  }
}

export interface LoadShedding {
  /** Requests worked on at once, at most; more are answered 503. */
  maxConcurrent: number;
  retryAfterSeconds: number;
}

export const DEFAULT_LOAD_SHEDDING: LoadShedding = { maxConcurrent: 64, retryAfterSeconds: 1 };

export function registerLoadShedding(
  api: FastifyInstance,
  { maxConcurrent, retryAfterSeconds }: LoadShedding,
): void {
  let working = 0;
  const counted = new WeakSet<FastifyRequest>();
  const done = (request: FastifyRequest) => {
    if (counted.delete(request)) working--;
  };
  api.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.shed === false) return;
    if (working >= maxConcurrent) {
      return sendProblem(reply, {
        error: 'Unavailable',
        message: say('problem.busy'),
        retryAfterSeconds,
      });
    }
    working++;
    counted.add(request);
  });
  // A request ends with its response, or earlier when the client gives up on it.
  api.addHook('onResponse', async (request) => done(request));
  api.addHook('onRequestAbort', async (request) => done(request));
}
