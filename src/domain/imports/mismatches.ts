import type { TableEvaluation } from '../economics/index.ts';
import type { Mismatch } from '../import-findings.ts';
import type { Kroner } from '../money.ts';
import type { StatedFigures, StatedTotal, TotalScope } from '../proposal.ts';
import { compareWithOverview, OVERVIEW_MISMATCH, type OverviewLine } from './overview-line.ts';

// Where a document's stated subtotals and paybacks disagree with our arithmetic on its Tabel 1.
// The importer compares what it read; the review screen and the server compare again once the
// reviewer has corrected the table, so a mismatch a correction fixes goes and one it causes
// comes, the same on the screen as in what is kept.

function seriesFor(evaluation: TableEvaluation, scope: TotalScope): Kroner[] {
  if (scope.section === 'all') return evaluation.impact;
  const section = evaluation.totals[scope.section];
  return scope.area ? section.byArea[scope.area] : section.total;
}

/** Each year of a summing subtotal, and each stated payback, that the table does not give. */
export function tableMismatches(stated: StatedFigures, evaluation: TableEvaluation): Mismatch[] {
  const mismatches: Mismatch[] = [];
  for (const total of stated.totals) {
    if (!total.scope) continue;
    const computed = seriesFor(evaluation, total.scope);
    evaluation.years.forEach((year, y) => {
      const written = total.values[y] ?? null;
      const ours = computed[y] ?? 0;
      if ((written ?? 0) !== ours) {
        mismatches.push({
          field: `${total.label} ${year}`,
          unit: 'kroner',
          stated: written,
          computed: ours,
        });
      }
    });
  }
  for (const kind of ['service', 'total'] as const) {
    const written = stated.payback[kind];
    if (written !== null && written !== evaluation.payback[kind]) {
      mismatches.push({
        field: `payback.${kind}`,
        unit: 'years',
        stated: written,
        computed: evaluation.payback[kind],
      });
    }
  }
  return mismatches;
}

/** Whether `tableMismatches` decides on this field, so that a new comparison replaces it. */
function fromTable(field: string, totals: readonly StatedTotal[]): boolean {
  if (field === 'payback.service' || field === 'payback.total') return true;
  return totals.some(
    (total) =>
      total.scope !== undefined &&
      field.startsWith(`${total.label} `) &&
      /^\d{4}$/.test(field.slice(total.label.length + 1)),
  );
}

/**
 * The mismatches of a reading after the reviewer's corrections: those of the table and of its
 * line in the round's overview compared anew, then those they cannot decide on kept as read
 * (the subtotals of a reading made before their scope was, the overview's of one made before
 * its line was kept). Generic in how a mismatch
 * travels, so the screen keeps its own in thousands; `present` turns a new one into that form.
 * Without an `evaluation` (the table cannot be summed) every mismatch stays as read.
 */
export function correctedMismatches<M extends { field: string }>({
  read,
  stated,
  evaluation,
  present,
  overview = null,
}: {
  read: readonly M[];
  stated: StatedFigures | null;
  /** The proposal's line in the round's overview of the same document, if it has one. */
  overview?: OverviewLine | null;
  evaluation: TableEvaluation | null;
  present: (mismatch: Mismatch) => M;
}): M[] {
  if (!evaluation) return [...read];
  const anew = (field: string) =>
    (stated !== null && fromTable(field, stated.totals)) ||
    (overview !== null && field.startsWith(OVERVIEW_MISMATCH));
  return [
    ...(stated ? tableMismatches(stated, evaluation) : []),
    ...(overview ? compareWithOverview(overview.entry, overview.format, evaluation) : []),
  ]
    .map(present)
    .concat(read.filter((m) => !anew(m.field)));
}
