import type { FastifyRequest } from 'fastify';

// What the server writes to its log about a request: the route, the status and the class of an
// error, never what the client sent. Query strings, bodies and path values are proposals'
// content, search words and passwords; an error's message can hold them too (a failed query's
// message lists its parameters), so errors are logged by class, code and stack frames only.

interface LoggedError {
  type: string;
  code?: string;
  /** The stack's `at …` lines: where it failed, without the message that heads the stack. */
  frames?: string[];
  cause?: LoggedError;
}

const FRAME = /^\s+at /;

function loggedError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code } = error as { code?: unknown };
  const frames = error.stack?.split('\n').filter((line) => FRAME.test(line));
  return {
    type: error.constructor.name,
    ...(typeof code === 'string' ? { code } : {}),
    ...(frames?.length ? { frames } : {}),
    // A driver's error behind the query builder's: its code is the SQLSTATE.
    ...(error.cause !== undefined && depth < 3
      ? { cause: loggedError(error.cause, depth + 1) }
      : {}),
  };
}

/** The pattern of the route a request matched, never the path it was called with. */
export const routeOf = (request: FastifyRequest): string =>
  request.routeOptions.url ?? '(ingen rute)';

/** Pino serializers for the server's logger; Fastify's own would log the full URL. */
export const logSerializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    route: routeOf(request),
    remoteAddress: request.ip,
  }),
  err: (error: unknown) => loggedError(error),
};
