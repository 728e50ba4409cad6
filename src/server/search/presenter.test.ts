import { describe, expect, it } from 'vitest';
import { snippetParts } from './presenter.ts';

describe('snippet parts', () => {
  it('splits the marked words from the text between them', () => {
    expect(snippetParts('mange \u0002borgere\u0003 og \u0002borgeren\u0003.')).toEqual([
      { text: 'mange ', match: false },
      { text: 'borgere', match: true },
      { text: ' og ', match: false },
      { text: 'borgeren', match: true },
      { text: '.', match: false },
    ]);
  });

  it('gives one plain part for a passage without matches and none for empty text', () => {
    expect(snippetParts('Kort resumé.')).toEqual([{ text: 'Kort resumé.', match: false }]);
    expect(snippetParts('')).toEqual([]);
  });

  it('marks up to the end when a passage is cut inside a match', () => {
    expect(snippetParts('om \u0002tolk')).toEqual([
      { text: 'om ', match: false },
      { text: 'tolk', match: true },
    ]);
  });
});
