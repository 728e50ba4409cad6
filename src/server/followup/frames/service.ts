import { copenhagenDate } from '../../../domain/followup/dates.ts';
import { frameChanges, frameYears, type BudgetFrames } from '../../../domain/followup/frames.ts';
import { convertPriceLevel } from '../../../domain/economics/index.ts';
import type { z } from 'zod';
import type { framesQuery } from '../../../shared/followup/frames-schema.ts';
import { budgetFramesXlsx } from '../../../documents/budget-frames-xlsx.ts';
import type { SignedInUser } from '../../auth/actor.ts';
import type { DataAccess } from '../../data-access.ts';
import { contentDisposition } from '../../documents/download-name.ts';
import { fail, ok, validationProblem, type Result } from '../../problems.ts';
import { proposalPolicy } from '../../proposals/policy.ts';
import { priceLevelWords } from '../../economics/price-level-words.ts';

// The budget frames: the granted proposals the user may see, converted to one price level, their
// lasting changes per forvaltning, styringsområde and year. Taken out of the frames only: what
// was realised is reported and compared elsewhere.

type Query = z.output<typeof framesQuery>;

export interface FramesView {
  priceLevelYear: number;
  complete: boolean;
  frames: BudgetFrames;
  administrationNames: Record<string, string>;
}

export function frameService(access: DataAccess, clock: () => Date) {
  async function budgetFrames({
    user,
    query,
  }: {
    user: SignedInUser;
    query: Query;
  }): Promise<Result<FramesView>> {
    const [all, index, names] = await Promise.all([
      access.frames.grantedPlans(),
      access.priceIndices.index(),
      access.reference.administrations(),
    ]);
    const seen = all.filter(
      (p) =>
        proposalPolicy.read(user, { status: p.status, leadAdministration: p.administration }) &&
        (!query.administration || p.administration === query.administration),
    );
    const levels = seen.flatMap((p) => (p.table.priceLevelYear ? [p.table.priceLevelYear] : []));
    const level =
      query.priceLevelYear ??
      (levels.length ? Math.max(...levels) : Number(copenhagenDate(clock()).slice(0, 4)));
    const plans = [];
    for (const p of seen) {
      const converted =
        p.table.priceLevelYear === null || p.table.priceLevelYear === level
          ? { ok: true as const, value: p.table }
          : convertPriceLevel(p.table, level, index);
      if (!converted.ok) {
        return fail(
          validationProblem([
            { field: 'priceLevelYear', message: priceLevelWords(converted.error) },
          ]),
        );
      }
      plans.push({ ...p, table: converted.value });
    }
    const span = frameYears(plans);
    const from = query.from ?? span[0];
    const to = query.to ?? span.at(-1);
    const years =
      from === undefined || to === undefined
        ? []
        : Array.from({ length: to - from + 1 }, (_, i) => from + i);
    return ok({
      priceLevelYear: level,
      complete: seen.length === all.length,
      frames: frameChanges(plans, years),
      administrationNames: Object.fromEntries(names.map((a) => [a.code, a.name])),
    });
  }

  return {
    budgetFrames,
    async exportBudgetFramesXlsx(input: {
      user: SignedInUser;
      query: Query;
    }): Promise<Result<{ body: Buffer; disposition: string }>> {
      const found = await budgetFrames(input);
      if (!found.ok) return found;
      const body = await budgetFramesXlsx(found.value);
      return ok({
        body,
        disposition: contentDisposition(
          ['budgetrammer', String(found.value.priceLevelYear)],
          'xlsx',
        ),
      });
    },
  };
}
