import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';

/** The data version kept answers are checked against (migration 0026), as it stands now. */
export async function dataVersionOf(db: Db): Promise<number> {
  const result = (await db.execute(sql`select n from data_version`)) as unknown as {
    rows: { n: string }[];
  };
  return Number(result.rows[0]!.n);
}
