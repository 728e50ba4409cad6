import { sql } from 'drizzle-orm';
import { bigint, customType, date, timestamp } from 'drizzle-orm/pg-core';
import type { Kroner } from '../../domain/money.ts';

// The column types every capability's tables share, so each folder's tables.ts declares its
// money, dates and vocabularies the same way.

// Money is bigint kroner. Drizzle's bigint array maps an empty cell (NULL) to 0, which would turn
// "not filled in" into "zero kroner", so Tabel 1 cells use this type that keeps the nulls.
export const kronerCells = customType<{ data: (Kroner | null)[]; driverData: unknown[] }>({
  dataType: () => 'bigint[]',
  // node-postgres hands int8 over as strings, PGlite as numbers.
  fromDriver: (cells) => cells.map((cell) => (cell === null ? null : (Number(cell) as Kroner))),
});

export const kroner = (name: string) => bigint(name, { mode: 'number' }).$type<Kroner>();
export const moment = (name: string) =>
  timestamp(name, { withTimezone: true }).notNull().defaultNow();
export const isoDate = (name: string) => date(name, { mode: 'string' });

/** A text column limited to the values of a vocabulary, checked by the database too. */
export const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`"${column}" in (${values.map((v) => `'${v}'`).join(', ')})`);
