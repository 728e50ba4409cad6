import type { FastifyInstance } from 'fastify';
import { validationProblem, type ProblemIssue } from '../problems.ts';
import { sendProblem } from './errors.ts';
import { say } from '../words.ts';

// PostgreSQL's text cannot hold the NUL character (U+0000): a string with one fails in the
// database, after validation, as a 500. Rather than a refinement on every string schema (one
// forgotten is a 500 again), one hook looks at everything a request brings in, before the
// routes' schemas do, and refuses NUL anywhere with a 400 that names the field.

const NUL = '\u0000';

/** NUL made visible, for naming a key that holds one. */
const shown = (key: string) => key.replaceAll(NUL, '\\u0000');

interface Place {
  key: string;
  parent: Place | null;
}

const fieldOf = (place: Place | null): string => {
  const keys: string[] = [];
  for (let at = place; at; at = at.parent) keys.unshift(at.key);
  return keys.join('.');
};

/**
 * Every place in `value` where a string or a key holds NUL, as dotted fields. Walked with a
 * stack of its own, not recursion: a body may nest a hundred thousand arrays deep.
 */
export function nulFields(value: unknown): string[] {
  const found: string[] = [];
  const pending: { value: unknown; place: Place | null }[] = [{ value, place: null }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value: item, place } = next;
    if (typeof item === 'string') {
      if (item.includes(NUL)) found.push(fieldOf(place));
    } else if (item !== null && typeof item === 'object' && !ArrayBuffer.isView(item)) {
      // Bytes (an upload's) are not text; their keys would be every byte's index.
      for (const [key, child] of Object.entries(item)) {
        if (key.includes(NUL)) found.push(fieldOf({ key: shown(key), parent: place }));
        else pending.push({ value: child, place: { key, parent: place } });
      }
    }
  }
  return found.reverse();
}

/** The issue for a NUL at `field`, or at `part` of the request when the whole part is one. */
export const nulIssue = (field: string, part: string): ProblemIssue => ({
  field: field || part,
  message: say('issue.nul'),
});

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    const issues = [
      ...nulFields(request.params).map((field) => nulIssue(field, 'params')),
      ...nulFields(request.query).map((field) => nulIssue(field, 'query')),
      ...nulFields(request.body).map((field) => nulIssue(field, 'body')),
    ];
    if (issues.length > 0) return sendProblem(reply, validationProblem(issues));
  });
}
