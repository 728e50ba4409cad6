import { entityChanged, type AuditActor } from '../audit/entries.ts';
import type { DataAccess } from '../data-access.ts';
import { fail, ok, type Problem, type Result } from '../problems.ts';
import type { IndexWrite, PriceIndexRecord } from './store.ts';
import { say } from '../words.ts';

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
        message: say('problem.priceIndex.noYear', { year: String(year) }),
      });
    case 'stale':
      return fail(conflict(year, version, write.currentVersion));
  }
}

function conflict(year: number, version: number | null, currentVersion: number): Problem {
  const yours =
    version === null
      ? say('problem.priceIndex.adding')
      : say('problem.priceIndex.yourVersion', { version });
  return {
    error: 'Conflict',
    message: say('problem.priceIndex.stale', { year: String(year), yours, currentVersion }),
    currentVersion,
  };
}

export function priceIndexService({ priceIndices, transaction }: DataAccess) {
  return {
    listPriceIndices: () => priceIndices.list(),

    /** Adds the year when `version` is null, else changes it if it is still at `version`. */
    /** Each written change is audited in the same transaction. */
    async setPriceIndex({
      year,
      points,
      version,
      actor,
    }: {
      year: number;
      points: number;
      version: number | null;
      actor: AuditActor;
    }): Promise<Result<PriceIndexRecord>> {
      const write = await transaction(async (tx) => {
        const written =
          version === null
            ? await tx.priceIndices.insert(year, points)
            : await tx.priceIndices.update(year, version, points);
        if (written.outcome === 'written') {
          await tx.audit.append(
            entityChanged({
              actor,
              action: version === null ? 'price-index.add' : 'price-index.change',
              entity: { type: 'price-index', id: String(year) },
              details: { year, points, version: written.record.version },
            }),
          );
        }
        return written;
      });
      return outcome(year, version, write);
    },

    async removePriceIndex({
      year,
      version,
      actor,
    }: {
      year: number;
      version: number;
      actor: AuditActor;
    }): Promise<Result<PriceIndexRecord>> {
      const write = await transaction(async (tx) => {
        const removed = await tx.priceIndices.remove(year, version);
        if (removed.outcome === 'written') {
          await tx.audit.append(
            entityChanged({
              actor,
              action: 'price-index.remove',
              entity: { type: 'price-index', id: String(year) },
              details: { year, points: removed.record.points, version },
            }),
          );
        }
        return removed;
      });
      return outcome(year, version, write);
    },
  };
}
