import { describe, expect, it } from 'vitest';
import { readSearchQuery, searchPathFor, writeSearchQuery } from './search-query.ts';

describe('the search in the address', () => {
  it('reads words, filters and page, and writes them back the same', () => {
    const address =
      'q=borgeren+tolk&kind=foranalyse&administration=SOF&round=ofs-2025&status=draft&offset=20';
    const params = readSearchQuery(new URLSearchParams(address));
    expect(params).toEqual({
      q: 'borgeren tolk',
      kind: 'foranalyse',
      administration: 'SOF',
      round: 'ofs-2025',
      status: 'draft',
      offset: 20,
    });
    expect(writeSearchQuery(params).toString()).toBe(address);
  });

  it('drops an unknown kind or status and an offset that is not a whole page', () => {
    for (const offset of ['-20', '7', 'x']) {
      expect(
        readSearchQuery(new URLSearchParams(`q=tolk&kind=x&status=y&offset=${offset}`)),
      ).toEqual({
        q: 'tolk',
        kind: null,
        administration: null,
        round: null,
        status: null,
        offset: 0,
      });
    }
  });

  it('starts a new search from the first page without filters, with the words trimmed', () => {
    expect(searchPathFor('  AI-tolk & borgere ')).toBe('/soeg?q=AI-tolk+%26+borgere');
  });
});
