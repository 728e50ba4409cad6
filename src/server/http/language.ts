import type { FastifyRequest } from 'fastify';
import { LANGUAGES, type Language } from '../../shared/i18n/translate.ts';

// The language the server speaks to a client: the one it prefers of those the app has, by its
// Accept-Language header (the web app sends the language the user chose). Danish when it asks
// for none of them, or for nothing.

/** The best of our languages for an Accept-Language header: `en-GB,en;q=0.9,da;q=0.5` → en. */
export function languageFor(header: string | undefined): Language {
  const asked = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { primary: tag.trim().split('-')[0], q: q === undefined ? 1 : Number(q) };
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { primary } of asked) {
    const found = LANGUAGES.find((language) => language === primary);
    if (found) return found;
  }
  return 'da';
}

export const languageOf = (request: FastifyRequest): Language =>
  languageFor(request.headers['accept-language']);
