import type { ApiError, ApiErrorName } from '../shared/api-schemas.ts';
import { fieldName } from '../shared/field-labels.ts';
import type { Language } from '../shared/i18n/translate.ts';
import { word, type Words } from './words.ts';

// What a service answers when it cannot do what was asked. Routes send it as the API's one
// error shape, worded in the client's language; the status code follows from the kind of
// problem, here and nowhere else.

/** What is wrong with one field, e.g. `economy.rows.0.values.2`. */
export interface ProblemIssue {
  field: string;
  message: Words;
}

export type Problem =
  /** Its message names each field at fault; `lead` says first what was refused. */
  | { error: 'ValidationError'; issues: ProblemIssue[]; lead?: Words }
  | { error: 'BadRequest'; message: Words }
  | { error: 'NotFound'; message: Words }
  | { error: 'Unauthorized'; message: Words }
  | { error: 'Forbidden'; message: Words }
  | { error: 'TooManyRequests'; message: Words; retryAfterSeconds: number }
  | { error: 'PayloadTooLarge'; message: Words }
  | { error: 'UnsupportedMediaType'; message: Words }
  | { error: 'Unavailable'; message: Words; retryAfterSeconds?: number }
  | { error: 'InternalError'; message: Words }
  | { error: 'Conflict'; message: Words; currentVersion: number }
  /** A write that would repeat what exists; the issues name the field that says "anyway". */
  | { error: 'Conflict'; message: Words; issues: ProblemIssue[] };

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(problem: Problem): Result<T> => ({ ok: false, problem });

export const STATUS_OF: Record<ApiErrorName, number> = {
  ValidationError: 400,
  BadRequest: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  PayloadTooLarge: 413,
  UnsupportedMediaType: 415,
  TooManyRequests: 429,
  InternalError: 500,
  Unavailable: 503,
};

export const validationProblem = (issues: ProblemIssue[], lead?: Words): Problem => ({
  error: 'ValidationError',
  issues,
  ...(lead === undefined ? {} : { lead }),
});

/**
 * The problem in the API's one error shape, in `language`. A validation problem's message names
 * every field at fault by the name the form gives it ("Titel: må højst være 300 tegn"), for
 * clients that show only the message; the issues keep the paths.
 */
export function problemBody(problem: Problem, language: Language): ApiError {
  const issues =
    'issues' in problem
      ? problem.issues.map(({ field, message }) => ({ field, message: word(message, language) }))
      : undefined;
  const message =
    problem.error === 'ValidationError'
      ? [
          ...(problem.lead === undefined ? [] : [word(problem.lead, language)]),
          issues!
            .map(({ field, message }) => `${fieldName(field, language)}: ${message}`)
            .join('; '),
        ].join(': ')
      : word(problem.message, language);
  return {
    error: problem.error,
    message,
    ...(issues === undefined ? {} : { issues }),
    ...('currentVersion' in problem ? { currentVersion: problem.currentVersion } : {}),
    ...('retryAfterSeconds' in problem ? { retryAfterSeconds: problem.retryAfterSeconds } : {}),
  };
}

/** The problem's message in `language`, for a command line or a log. */
export const problemMessage = (problem: Problem, language: Language): string =>
  problemBody(problem, language).message;
