import type { DataAccess } from '../data-access.ts';
import { fail, ok, type Problem, type Result } from '../problems.ts';
import type { IndexWrite, PriceIndexRecord } from './store.ts';

// The secretariat's price index (pris- og lønindeks). Every change names the version it builds
// on, so two people editing the same year cannot overwrite each other unseen.

function outcome(
  year: number,
  version: number | null,
  write: IndexWrite,
): Result<PriceIndexRecord> {
  switch (write.outcome) {
    case 'written':
      return ok(write.record);
    case 'missing':
      return fail({
        error: 'NotFound',
        message: `Prisindekset har intet år ${year}; det kan være fjernet af en anden.`,
      });
    case 'stale':
      return fail(conflict(year, version, write.currentVersion));
  }
}

function conflict(year: number, version: number | null, currentVersion: number): Problem {
  const yours = version === null ? 'du ville tilføje året' : `du har version ${version}`;
  return {
    error: 'Conflict',
    message:
      `Prisindekset for ${year} er ændret af en anden (${yours}, den gemte er version ` +
      `${currentVersion}). Genindlæs og indtast ændringen igen.`,
    currentVersion,
  };
}

export function priceIndexService({ priceIndices }: DataAccess) {
  return {
    listPriceIndices: () => priceIndices.list(),

    /** Adds the year when `version` is null, else changes it if it is still at `version`. */
    async setPriceIndex({
      year,
      points,
      version,
    }: {
      year: number;
      points: number;
      version: number | null;
    }): Promise<Result<PriceIndexRecord>> {
      const write =
        version === null
          ? await priceIndices.insert(year, points)
          : await priceIndices.update(year, version, points);
      return outcome(year, version, write);
    },

    async removePriceIndex({
      year,
      version,
    }: {
      year: number;
      version: number;
    }): Promise<Result<PriceIndexRecord>> {
      return outcome(year, version, await priceIndices.remove(year, version));
    },
  };
}
