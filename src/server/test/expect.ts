import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { apiError, type ApiErrorName } from '../../shared/api-schemas.ts';
import { fieldName } from '../../shared/field-labels.ts';

/**
 * Asserts an error answer: its status, that it has the API's one error shape, that no stack
 * trace leaks, and that both the message and the issues name `field` when one is given (the
 * message of a validation problem by the field's name in the form).
 */
export function expectProblem(
  response: LightMyRequestResponse,
  status: number,
  error: ApiErrorName,
  field?: string,
) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  const body = apiError.strict().parse(response.json());
  expect(body.error).toBe(error);
  expect(response.body).not.toMatch(/\bat .+\.(ts|js):\d+/);
  if (field !== undefined) {
    // A validation problem names the field as the form does ("Titel:"), others by its path.
    expect(body.message).toContain(
      error === 'ValidationError' ? `${fieldName(field, 'da')}:` : `${field}:`,
    );
    if (error === 'ValidationError') {
      expect(body.issues?.map((issue) => issue.field)).toContain(field);
    }
  }
  return body;
}
