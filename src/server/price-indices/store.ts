import { and, asc, eq, sql } from 'drizzle-orm';
import type { PriceIndex } from '../../domain/economics/index.ts';
import type { Db } from '../db/database.ts';
import { priceIndices } from '../db/schema.ts';

export interface PriceIndexRecord {
  year: number;
  /** Hundredths of a point. */
  points: number;
  version: number;
  updatedAt: Date;
}

/** What a versioned write found: done, someone else's newer version, or no such year. */
export type IndexWrite =
  | { outcome: 'written'; record: PriceIndexRecord }
  | { outcome: 'stale'; currentVersion: number }
  | { outcome: 'missing' };

export function priceIndexStore(db: Db) {
  async function currentVersion(year: number): Promise<number | null> {
    const [row] = await db
      .select({ version: priceIndices.version })
      .from(priceIndices)
      .where(eq(priceIndices.year, year));
    return row?.version ?? null;
  }

  async function staleOrMissing(year: number): Promise<IndexWrite> {
    const version = await currentVersion(year);
    return version === null
      ? { outcome: 'missing' }
      : { outcome: 'stale', currentVersion: version };
  }

  return {
    list: (): Promise<PriceIndexRecord[]> =>
      db.select().from(priceIndices).orderBy(asc(priceIndices.year)),

    /** The whole index as the domain's conversion takes it. */
    async index(): Promise<PriceIndex> {
      const rows = await db
        .select({ year: priceIndices.year, points: priceIndices.points })
        .from(priceIndices);
      return Object.fromEntries(rows.map((row) => [row.year, row.points]));
    },

    /** Adds a year; 'stale' when the year was added by someone else first. */
    async insert(year: number, points: number): Promise<IndexWrite> {
      const [record] = await db
        .insert(priceIndices)
        .values({ year, points })
        .onConflictDoNothing()
        .returning();
      return record ? { outcome: 'written', record } : staleOrMissing(year);
    },

    /** Changes a year's index if it is still at `version`, in one statement, so no edit is lost. */
    async update(year: number, version: number, points: number): Promise<IndexWrite> {
      const [record] = await db
        .update(priceIndices)
        .set({ points, version: sql`${priceIndices.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(priceIndices.year, year), eq(priceIndices.version, version)))
        .returning();
      return record ? { outcome: 'written', record } : staleOrMissing(year);
    },

    async remove(year: number, version: number): Promise<IndexWrite> {
      const [record] = await db
        .delete(priceIndices)
        .where(and(eq(priceIndices.year, year), eq(priceIndices.version, version)))
        .returning();
      return record ? { outcome: 'written', record } : staleOrMissing(year);
    },
  };
}

export type PriceIndexStore = ReturnType<typeof priceIndexStore>;
