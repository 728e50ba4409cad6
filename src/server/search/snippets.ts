import { stemmer } from '@orama/stemmers/danish';
import type { SnippetPart } from '../../shared/search-schemas.ts';

// A hit's passages and its title, with the words the search found marked. They are cut here,
// not by PostgreSQL's ts_headline: it parses all the text it is given, 0,2 ms a snippet on the
// PostgreSQL server and several milliseconds in PGlite's WebAssembly, so a page of 20 hits
// spent more on its snippets than on finding and ranking them. The stemmer is Danish Snowball,
// the algorithm of PostgreSQL's `danish` configuration (snippets.test.ts holds the two to the
// same stems), so a word is marked when its stem is one the query searched for.

const WORD = /[\p{L}\p{N}]+/gu;
// PostgreSQL's parser reads tags as tags and left them out of snippets; so do these.
const TAG = /<\/?[\p{L}][^<>]*>/gu;
/** As ts_headline was asked for them: up to three passages of up to 28 words. */
const PASSAGES = 3;
const PASSAGE_WORDS = 28;
/** The words of a passage before the first word found in it. */
const LEAD_WORDS = 8;
export const PASSAGE_SEPARATOR = ' … ';

interface Word {
  start: number;
  end: number;
  match: boolean;
}

/**
 * A word matches when its stem is searched for. A Danish stem begins each of its forms
 * (`borg` of borgere, borgerne), so only words that begin as a searched stem are stemmed.
 */
function matcher(stems: readonly string[]): (word: string) => boolean {
  const wanted = new Set(stems);
  return (word) => {
    const lower = word.toLowerCase();
    return stems.some((stem) => lower.startsWith(stem)) && wanted.has(stemmer(lower));
  };
}

function append(parts: SnippetPart[], text: string, match: boolean): void {
  const flat = match ? text : text.replace(/\s+/g, ' ');
  if (flat === '') return;
  const last = parts.at(-1);
  if (last && last.match === match && !match) last.text += flat;
  else parts.push({ text: flat, match });
}

/** The text from words[from] to words[to - 1], split into its found and other parts. */
function partsOf(text: string, words: Word[], from: number, to: number, parts: SnippetPart[]) {
  for (let i = from; i < to; i++) {
    const word = words[i]!;
    if (i > from) append(parts, text.slice(words[i - 1]!.end, word.start), false);
    append(parts, text.slice(word.start, word.end), word.match);
  }
}

/** The whole text (a title), its words found marked. */
export function markedParts(text: string, stems: readonly string[]): SnippetPart[] {
  const matches = matcher(stems);
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const found of text.matchAll(WORD)) {
    append(parts, text.slice(at, found.index), false);
    append(parts, found[0], matches(found[0]));
    at = found.index + found[0].length;
  }
  append(parts, text.slice(at), false);
  return parts;
}

/**
 * Up to three passages of the body around the words found, in the order they stand, each
 * beginning a few words before its first; the body's opening when none is found. The body is
 * read only as far as the last passage reaches.
 */
export function snippetParts(body: string, stems: readonly string[]): SnippetPart[] {
  const text = body.replace(TAG, ' ');
  const matches = matcher(stems);
  const words: Word[] = [];
  const passages: [number, number][] = [];
  for (const found of text.matchAll(WORD)) {
    const i = words.length;
    const last = passages.at(-1);
    if (last && passages.length === PASSAGES && i >= last[1]) break;
    const match = matches(found[0]);
    words.push({ start: found.index, end: found.index + found[0].length, match });
    if (match && !(last && i < last[1])) {
      if (passages.length === PASSAGES) break;
      const from = Math.max(i - LEAD_WORDS, last ? last[1] : 0);
      passages.push([from, from + PASSAGE_WORDS]);
    }
  }
  if (passages.length === 0) passages.push([0, PASSAGE_WORDS]);
  const parts: SnippetPart[] = [];
  for (const [n, [from, to]] of passages.entries()) {
    if (n > 0) append(parts, PASSAGE_SEPARATOR, false);
    partsOf(text, words, from, Math.min(to, words.length), parts);
  }
  return parts;
}
