import { z } from 'zod';

// Every list the API answers comes a page at a time, in an order that does not change between
// pages (the last sort key is the row's id), with the number of items on all pages.

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export const pageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .describe('Antal pr. side'),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .default(0)
    .describe('Antal, der springes over (til sider)'),
});
export type PageQuery = z.output<typeof pageQuery>;

/** A page of a list in time order, oldest first unless asked otherwise. */
export const timePageQuery = pageQuery.extend({
  order: z.enum(['asc', 'desc']).default('asc').describe('asc: ældste først; desc: nyeste først'),
});
export type TimePageQuery = z.output<typeof timePageQuery>;

/** A page of `item`s and the number of items on all pages. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().describe('Antal på alle sider'),
    limit: z.number().int(),
    offset: z.number().int(),
  });

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** The page with each item presented. */
export const mapPage = <T, U>(page: Page<T>, present: (item: T) => U): Page<U> => ({
  ...page,
  items: page.items.map(present),
});
