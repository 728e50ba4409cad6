import { describe, expect, it } from 'vitest';
import { readListQuery, toggleSort, writeListQuery } from './list-query.ts';

describe('the list query in the address', () => {
  it('reads filters and sort from the address', () => {
    const query = readListQuery(
      new URLSearchParams(
        'kind=innovationsforslag&administration=SOF&round=ofs-2025&sort=amount&order=asc&offset=100',
      ),
    );
    expect(query).toEqual({
      kind: 'innovationsforslag',
      administration: 'SOF',
      round: 'ofs-2025',
      sort: 'amount',
      order: 'asc',
      offset: 100,
    });
  });

  it('ignores an unknown kind, sort, order or page instead of sending it to the server', () => {
    expect(readListQuery(new URLSearchParams('kind=x&sort=evil&order=sideways&offset=51'))).toEqual(
      {
        kind: null,
        administration: null,
        round: null,
        sort: 'code',
        order: 'asc',
        offset: 0,
      },
    );
  });

  it('writes the plain list as an empty query', () => {
    expect(writeListQuery(readListQuery(new URLSearchParams())).toString()).toBe('');
  });

  it('survives a round trip through the address', () => {
    const query = readListQuery(
      new URLSearchParams('administration=BUF&sort=updatedAt&order=asc&offset=50'),
    );
    expect(readListQuery(writeListQuery(query))).toEqual(query);
  });
});

describe('toggleSort', () => {
  const base = readListQuery(new URLSearchParams());

  it('reverses the column already sorted by, from the first page', () => {
    expect(toggleSort({ ...base, offset: 50 }, 'code')).toMatchObject({
      sort: 'code',
      order: 'desc',
      offset: 0,
    });
  });

  it('sorts a new column by amount largest first and by date newest first', () => {
    expect(toggleSort(base, 'amount')).toMatchObject({ sort: 'amount', order: 'desc' });
    expect(toggleSort(base, 'updatedAt')).toMatchObject({ sort: 'updatedAt', order: 'desc' });
    expect(toggleSort(base, 'title')).toMatchObject({ sort: 'title', order: 'asc' });
  });
});
