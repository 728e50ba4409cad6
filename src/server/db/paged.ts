import type { Page, PageQuery } from '../../shared/paging.ts';

/**
 * A page of rows and the count of all pages' rows, asked of the database at once. `rows` must
 * be ordered down to a unique key, so pages neither skip nor repeat a row.
 */
export async function paged<T>(
  page: PageQuery,
  rows: PromiseLike<T[]>,
  total: PromiseLike<number>,
): Promise<Page<T>> {
  const [items, count] = await Promise.all([rows, total]);
  return { items, total: count, limit: page.limit, offset: page.offset };
}
