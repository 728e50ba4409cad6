import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaValidationError,
} from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../shared/api-schemas.ts';
import { problemsDa } from '../../shared/i18n/problems.da.ts';
import type { Language } from '../../shared/i18n/translate.ts';
import {
  problemBody,
  STATUS_OF,
  validationProblem,
  type Problem,
  type ProblemIssue,
  type Result,
} from '../problems.ts';
import { say, word, type Words } from '../words.ts';
import { languageOf } from './language.ts';
import { routeOf } from './logging.ts';
import { plainWords } from './zod-messages.ts';

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

// Every error leaves the API in one shape, { error, message, issues? }, with a message that
// names the field at fault, in the language the client asks for (language.ts; Danish unless
// it asks for English). Input a client sent is answered with a 4xx, never a 500, and
// no response carries a stack trace: unexpected errors are logged here, by route and class (see
// logging.ts), and answered in general terms.

// zod's messages reach users as issue messages: in plain words that follow the field's name
// (zod-messages.ts), zod's own locale where none is given. They are made in Danish, the
// server's default; a request in another language has them said again in its own (issuesOf).
const zodDanish = z.locales.da();
const zodEnglish = z.locales.en();
z.config({
  ...zodDanish,
  customError: (issue) => {
    const words = plainWords(issue);
    return words && word(words, 'da');
  },
});

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  if ('retryAfterSeconds' in problem && problem.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(problem.retryAfterSeconds));
  }
  return reply.code(STATUS_OF[problem.error]).send(problemBody(problem, languageOf(reply.request)));
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

const localeMessage = (locale: typeof zodDanish, issue: z.core.$ZodRawIssue) => {
  const said = locale.localeError(issue);
  return typeof said === 'string' ? said : said?.message;
};

/** The catalogue's words without values by their Danish: a schema's own words ("skal udfyldes"). */
const STATIC_WORDS = new Map<string, keyof typeof problemsDa>(
  Object.entries(problemsDa)
    .filter(([, danish]) => !danish.includes('{'))
    .map(([key, danish]) => [danish, key as keyof typeof problemsDa]),
);

/**
 * What zod found at one field, in `language`. zod reports an issue without the value it had,
 * so whether the value was missing, and whether the schema gave its own words, are read from the
 * Danish message the issue was made with.
 */
export function zodWords(issue: z.core.$ZodIssue, language: Language): Words {
  const danish = issue.message;
  if (language === 'da') return danish || say('issue.invalidValue');
  const known = STATIC_WORDS.get(danish);
  if (known) return say(known);
  const raw = { ...issue, input: null } as z.core.$ZodRawIssue;
  const plain = plainWords(raw);
  if (plain && word(plain, 'da') === danish) return plain;
  if (danish === localeMessage(zodDanish, raw)) return localeMessage(zodEnglish, raw) ?? danish;
  return danish || say('issue.invalidValue');
}

/** `/economy/rows/0/values/2` → `economy.rows.0.values.2`; the part of the request when empty. */
function fieldOf(instancePath: string, part: string): string {
  const path = instancePath.split('/').filter(Boolean).join('.');
  return path || part;
}

function issuesOf(
  validation: FastifySchemaValidationError[],
  part: string,
  language: Language,
): ProblemIssue[] {
  return validation.flatMap((issue): ProblemIssue[] => {
    const field = fieldOf(issue.instancePath, part);
    const keys = issue.keyword === 'unrecognized_keys' ? issue.params.keys : undefined;
    // An unknown key is reported on the object that holds it; the client wants the key named.
    if (Array.isArray(keys)) {
      return keys.map((key) => ({
        field: field === part ? String(key) : `${field}.${String(key)}`,
        message: say('issue.unknownField'),
      }));
    }
    const zodIssue = { ...issue.params, code: issue.keyword, message: issue.message ?? '' };
    return [{ field, message: zodWords(zodIssue as z.core.$ZodIssue, language) }];
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
      const issues = issuesOf(error.validation, part, languageOf(request));
      return sendProblem(reply, validationProblem(issues));
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, {
          error: 'PayloadTooLarge',
          message: say('problem.bodyTooLarge', { limit: String(bodyLimitBytes) }),
        });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, {
          error: 'UnsupportedMediaType',
          message: say('problem.mediaType', { type: request.headers['content-type'] ?? '' }),
        });
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(reply, { error: 'BadRequest', message: say('problem.emptyJson') });
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(reply, { error: 'BadRequest', message: say('problem.invalidJson') });
    }
    if (error instanceof SyntaxError && error.statusCode === 400) {
      return sendProblem(reply, { error: 'BadRequest', message: say('problem.invalidJson') });
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ route: routeOf(request), status: 400, err: error }, 'bad request');
      return sendProblem(reply, notUnderstood(error.code));
    }
    request.log.error({ route: routeOf(request), status: 500, err: error }, 'request failed');
    return sendProblem(reply, { error: 'InternalError', message: say('problem.internal') });
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
      return sendProblem(reply, { error: 'BadRequest', message: say('problem.badUrl') });
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return sendProblem(reply, { error: 'BadRequest', message: say('problem.paramTooLong') });
    default:
      return sendProblem(reply, notUnderstood(error.code));
  }
}

const notUnderstood = (code: string | undefined): Problem => ({
  error: 'BadRequest',
  message: say('problem.notUnderstood', { code: code ?? say('problem.unknownError') }),
});

export function apiNotFound(reply: FastifyReply, method: string, url: string): FastifyReply {
  return sendProblem(reply, {
    error: 'NotFound',
    message: say('problem.unknownAddress', { method, path: url.split('?')[0] ?? url }),
  });
}
