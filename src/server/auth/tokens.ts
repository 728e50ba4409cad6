import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// The session token lives only in the browser's http-only cookie; the database keeps its hash.
// The CSRF token is derived from the session token, so it needs no storage of its own and a
// page on another site, which can neither read the cookie nor our answers, cannot know it.

export const newSessionToken = () => randomBytes(32).toString('base64url');

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export const csrfTokenFor = (sessionToken: string) =>
  createHmac('sha256', sessionToken).update('csrf').digest('base64url');

export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
