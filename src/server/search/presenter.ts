import type { SearchHit, SnippetPart } from '../../shared/search-schemas.ts';
import { HIGHLIGHT_START, HIGHLIGHT_STOP, type SearchHitRecord } from './store.ts';

/**
 * Splits ts_headline's marked text into plain and matched parts, so no client ever has to
 * interpret markup: the web app renders each part as text.
 */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of marked.split(HIGHLIGHT_START).entries()) {
    const [inside, after] = i === 0 ? [null, piece] : splitOnce(piece, HIGHLIGHT_STOP);
    if (inside) parts.push({ text: inside, match: true });
    if (after) parts.push({ text: after, match: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

export function presentHit({ titleMarked, snippet, ...record }: SearchHitRecord): SearchHit {
  return { ...record, titleParts: snippetParts(titleMarked), snippet: snippetParts(snippet) };
}
