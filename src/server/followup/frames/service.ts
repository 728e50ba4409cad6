import { copenhagenDate } from '../../../domain/followup/dates.ts';
import {
  defaultFramesLevel,
  frameChanges,
  frameYears,
  plansAtPriceLevel,
  type BudgetFrames,
  type UnconvertedPlan,
} from '../../../domain/followup/frames.ts';
import type { z } from 'zod';
import type { framesQuery } from '../../../shared/followup/frames-schema.ts';
import { budgetFramesXlsx } from '../../../documents/budget-frames-xlsx.ts';
import type { SignedInUser } from '../../auth/actor.ts';
import type { DataAccess } from '../../data-access.ts';
import { contentDisposition } from '../../documents/download-name.ts';
import { fail, ok, validationProblem, type Result } from '../../problems.ts';
import { proposalPolicy } from '../../proposals/policy.ts';
import { priceLevelMessage } from '../../../shared/i18n/price-level-messages.ts';
import type { GrantedPlan } from './store.ts';

// The budget frames: the granted proposals the user may see, converted to one price level, their
// lasting changes per forvaltning, styringsområde and year. Taken out of the frames only: what
// was realised is reported and compared elsewhere. A plan the index cannot bring to the level
// is listed as left out, so one missing index year does not hide every other forvaltning's
// frame; only a level the user asked for that the index cannot convert to is refused.

type Query = z.output<typeof framesQuery>;

export interface FramesView {
  priceLevelYear: number;
  /** False when the user's access or the forvaltning asked for leaves granted proposals out. */
  complete: boolean;
  frames: BudgetFrames;
  /** The plans the user may see that are not in the frames, as they cannot be converted. */
  unconverted: UnconvertedPlan<GrantedPlan>[];
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
    const level =
      query.priceLevelYear ??
      defaultFramesLevel(seen, index, Number(copenhagenDate(clock()).slice(0, 4)));
    const { converted: plans, unconverted, levelError } = plansAtPriceLevel(seen, level, index);
    if (levelError && query.priceLevelYear !== undefined) {
      return fail(
        validationProblem([{ field: 'priceLevelYear', message: priceLevelMessage(levelError) }]),
      );
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
      unconverted,
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
