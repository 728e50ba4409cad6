import { describe, expect, it } from 'vitest';
import type { SnippetPart } from '../../shared/search-schemas.ts';
import { markedParts, PASSAGE_SEPARATOR, snippetParts } from './snippets.ts';

const found = (parts: SnippetPart[]) => parts.filter((p) => p.match).map((p) => p.text);
const text = (parts: SnippetPart[]) => parts.map((p) => p.text).join('');
const filler = (words: number) => 'Vi beskriver arbejdet grundigt her. '.repeat(words / 5);

describe('a title with the words found marked', () => {
  it('marks every form of a searched stem and keeps the rest as it is written', () => {
    expect(markedParts('Borgerne og borgeren: bedre tolkning', ['borg'])).toEqual([
      { text: 'Borgerne', match: true },
      { text: ' og ', match: false },
      { text: 'borgeren', match: true },
      { text: ': bedre tolkning', match: false },
    ]);
  });

  it('does not mark a word that only begins as the stem does', () => {
    expect(found(markedParts('Borgmester og borgere', ['borg']))).toEqual(['borgere']);
  });
});

describe('a snippet', () => {
  it('is a passage around the word found, beginning a few words before it', () => {
    const parts = snippetParts(`${filler(40)}Her hjælper tolken ${filler(40)}`, ['tolk']);
    expect(found(parts)).toEqual(['tolken']);
    // Eight words before it, 28 in all.
    expect(text(parts)).toMatch(
      /^her\. Vi beskriver arbejdet grundigt her\. Her hjælper tolken Vi/,
    );
    expect(text(parts).split(' ')).toHaveLength(28);
  });

  it('holds up to three passages in the order they stand, apart', () => {
    const body = ['en', 'to', 'tre', 'fire'].map((n) => `${filler(40)}Tolk ${n}.`).join(' ');
    const parts = snippetParts(body, ['tolk']);
    expect(found(parts)).toEqual(['Tolk', 'Tolk', 'Tolk']);
    expect(text(parts).split(PASSAGE_SEPARATOR)).toHaveLength(3);
    expect(text(parts)).toContain('Tolk tre');
    expect(text(parts)).not.toContain('Tolk fire');
  });

  it('keeps words found close together in one passage', () => {
    const parts = snippetParts(`${filler(40)}tolk og tolke og tolket. ${filler(40)}`, ['tolk']);
    expect(found(parts)).toEqual(['tolk', 'tolke', 'tolket']);
    expect(text(parts)).not.toContain(PASSAGE_SEPARATOR);
  });

  it('is the opening of the text when no word of it is found (a match in the title)', () => {
    const parts = snippetParts(`Kort resumé.\n\n${filler(60)}`, ['tolk']);
    expect(found(parts)).toEqual([]);
    expect(text(parts)).toMatch(/^Kort resumé\. Vi beskriver/);
  });

  it('leaves markup out and shows the text between tags', () => {
    const parts = snippetParts('<b>tolken</b> og <script>alert(1)</script> kom', ['tolk']);
    expect(text(parts)).toMatch(/^tolken\s+og\s+alert\(1\)\s+kom$/);
    expect(found(parts)).toEqual(['tolken']);
  });

  it('is empty for an empty text', () => {
    expect(snippetParts('', ['tolk'])).toEqual([]);
  });
});
