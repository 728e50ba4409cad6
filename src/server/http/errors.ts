import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaValidationError,
} from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiError,
  type ApiError,
  type ApiErrorName,
  type ApiIssue,
} from '../../shared/api-schemas.ts';
import { STATUS_OF, validationProblem, type Problem, type Result } from '../problems.ts';
import { routeOf } from './logging.ts';
import { plainDanish } from './zod-messages.ts';

/** What a write of a versioned record may answer besides success, for the OpenAPI document. */
export const refusedWrites = {
  400: apiError,
  401: apiError,
  403: apiError,
  404: apiError,
  409: apiError,
};

/** What a read of one record may answer besides success, for the OpenAPI document. */
export const refusedReads = {
  400: apiError,
  401: apiError,
  404: apiError,
};

// Every error leaves the API in one shape, { error, message, issues? }, with a Danish message
// that names the field at fault. Input a client sent is answered with a 4xx, never a 500, and
// no response carries a stack trace: unexpected errors are logged here, by route and class (see
// logging.ts), and answered in general terms.

// The server speaks Danish to its users, and zod's messages reach them as issue messages: in
// plain words that follow the field's name (zod-messages.ts), zod's Danish where none is given.
z.config({ ...z.locales.da(), customError: plainDanish });

export function sendProblem(reply: FastifyReply, problem: Problem | ApiError): FastifyReply {
  if ('retryAfterSeconds' in problem && problem.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(problem.retryAfterSeconds));
  }
  return reply.code(STATUS_OF[problem.error]).send(problem);
}

/**
 * A service's answer as the route sends it: the value, presented, or the problem. The reply's
 * type is the route's own (its response schemas), so a handler reads as one line.
 */
export function answer<T, Out>(
  reply: FastifyReply,
  result: Result<T>,
  present: (value: T) => Out,
  status = 200,
) {
  return result.ok
    ? reply.code(status).send(present(result.value))
    : sendProblem(reply, result.problem);
}

function send(reply: FastifyReply, error: ApiErrorName, message: string): FastifyReply {
  return reply.code(STATUS_OF[error]).send({ error, message } satisfies ApiError);
}

/** `/economy/rows/0/values/2` → `economy.rows.0.values.2`; the part of the request when empty. */
function fieldOf(instancePath: string, part: string): string {
  const path = instancePath.split('/').filter(Boolean).join('.');
  return path || part;
}

function issuesOf(validation: FastifySchemaValidationError[], part: string): ApiIssue[] {
  return validation.flatMap((issue) => {
    const field = fieldOf(issue.instancePath, part);
    const keys = issue.keyword === 'unrecognized_keys' ? issue.params.keys : undefined;
    // An unknown key is reported on the object that holds it; the client wants the key named.
    if (Array.isArray(keys)) {
      return keys.map((key) => ({
        field: field === part ? String(key) : `${field}.${String(key)}`,
        message: 'ukendt felt',
      }));
    }
    return [{ field, message: issue.message ?? 'ugyldig værdi' }];
  });
}

const PART_NAMES: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

export function registerErrorHandling(app: FastifyInstance, bodyLimitBytes: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = PART_NAMES[error.validationContext ?? 'body'] ?? 'body';
      return sendProblem(reply, validationProblem(issuesOf(error.validation, part)));
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(
          reply,
          'PayloadTooLarge',
          `body: forespørgslen er større end de tilladte ${bodyLimitBytes} bytes.`,
        );
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(
          reply,
          'UnsupportedMediaType',
          `Content-Type: '${request.headers['content-type'] ?? ''}' understøttes ikke; send application/json.`,
        );
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(
          reply,
          'BadRequest',
          'body: tomt indhold, men Content-Type er application/json.',
        );
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return send(reply, 'BadRequest', 'body: indholdet er ikke gyldig JSON.');
    }
    if (error instanceof SyntaxError && error.statusCode === 400) {
      return send(reply, 'BadRequest', 'body: indholdet er ikke gyldig JSON.');
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ route: routeOf(request), status: 400, err: error }, 'bad request');
      return send(
        reply,
        'BadRequest',
        `Forespørgslen kunne ikke forstås (${error.code ?? 'ukendt fejl'}).`,
      );
    }
    request.log.error({ route: routeOf(request), status: 500, err: error }, 'request failed');
    return send(reply, 'InternalError', 'Der opstod en fejl på serveren. Prøv igen senere.');
  });
}

/**
 * Faults Fastify finds in the address before any route runs, answered in the API's one shape
 * rather than Fastify's own.
 */
export function frameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return send(reply, 'BadRequest', 'url: adressen indeholder ugyldig %-kodning.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return send(reply, 'BadRequest', `params: en værdi i adressen er længere end tilladt.`);
    default:
      return send(reply, 'BadRequest', `Forespørgslen kunne ikke forstås (${error.code}).`);
  }
}

export function apiNotFound(reply: FastifyReply, method: string, url: string): FastifyReply {
  return send(reply, 'NotFound', `Ukendt adresse: ${method} ${url.split('?')[0] ?? url}`);
}
