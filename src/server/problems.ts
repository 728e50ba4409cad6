import type { ApiErrorName, ApiIssue } from '../shared/api-schemas.ts';
import { fieldName } from '../shared/field-labels.ts';

// What a service answers when it cannot do what was asked. Routes send it as the API's one
// error shape; the status code follows from the kind of problem, here and nowhere else.

export type Problem =
  | { error: 'ValidationError'; message: string; issues: ApiIssue[] }
  | { error: 'NotFound'; message: string }
  | { error: 'Unauthorized'; message: string }
  | { error: 'Forbidden'; message: string }
  | { error: 'TooManyRequests'; message: string; retryAfterSeconds: number }
  | { error: 'PayloadTooLarge'; message: string }
  | { error: 'Unavailable'; message: string; retryAfterSeconds: number }
  | { error: 'Conflict'; message: string; currentVersion: number }
  /** A write that would repeat what exists; the issues name the field that says "anyway". */
  | { error: 'Conflict'; message: string; issues: ApiIssue[] };

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

/**
 * One message that names every field at fault by the name the form gives it ("Titel: må højst
 * være 300 tegn"), for clients that show only the message; the issues keep the paths.
 */
export function validationProblem(issues: ApiIssue[]): Problem {
  return {
    error: 'ValidationError',
    message: issues.map((issue) => `${fieldName(issue.field)}: ${issue.message}`).join('; '),
    issues,
  };
}
