import type { RealisedLine } from '../../../documents/realised-read.ts';
import { isReporting } from '../../../domain/followup/realised.ts';
import type { Kroner } from '../../../domain/money.ts';
import type { ProposalRef } from '../../../domain/workflow/decide.ts';
import type { ApiIssue } from '../../../shared/api-schemas.ts';
import { fail, ok, validationProblem, type Result } from '../../problems.ts';
import type { CodedProposal, FollowedPlan } from './store.ts';

// The lines of an accounting export matched to the plans they report on: the proposal by its
// code, the year within its plan, the row by its name in Tabel 1 or its number. Lines for the
// same proposal, year and row are postings to add up. Every line that does not match is named
// by its cell, and then nothing is written.

export interface MatchedCell {
  row: number;
  amount: Kroner;
  /** The amount's cell, to name if it cannot be converted. */
  where: string;
}

export interface MatchedYear {
  plan: FollowedPlan;
  year: number;
  cells: MatchedCell[];
}

const MAX_ISSUES = 50;
const normal = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function rowOf(plan: FollowedPlan, written: string): number | null {
  const number = /^\d+$/.test(written) ? Number(written) : null;
  if (number !== null && number >= 1 && number <= plan.table.rows.length) return number - 1;
  const i = plan.table.rows.findIndex((r) => normal(r.label) === normal(written));
  return i === -1 ? null : i;
}

export function matchLines(
  lines: readonly RealisedLine[],
  proposals: readonly CodedProposal[],
  may: { mayRead(p: ProposalRef): boolean; mayReport(p: ProposalRef): boolean },
): Result<MatchedYear[]> {
  const issues: ApiIssue[] = [];
  const groups = new Map<string, MatchedYear & { byRow: Map<number, MatchedCell> }>();
  for (const line of lines) {
    if (issues.length >= MAX_ISSUES) break;
    const issue = (field: string, message: string) => issues.push({ field, message });
    const ref = (p: CodedProposal): ProposalRef => ({
      status: p.status,
      leadAdministration: p.administration,
    });
    const found = proposals.filter((p) => p.code === line.code && may.mayRead(ref(p)));
    if (found.length !== 1) {
      issue(
        line.cells.code,
        found.length === 0
          ? `der er intet forslag med koden '${line.code}', som du kan se`
          : `koden '${line.code}' står på ${found.length} forslag; ret koden i systemet`,
      );
      continue;
    }
    const proposal = found[0]!;
    if (!isReporting(proposal.status) || !proposal.plan) {
      issue(line.cells.code, `forslaget '${line.code}' er ikke bevilget`);
      continue;
    }
    if (!may.mayReport(ref(proposal))) {
      issue(line.cells.code, `du rapporterer ikke realiserede tal for '${line.code}'`);
      continue;
    }
    const plan = proposal.plan;
    const { years, rows } = plan.table;
    if (!years.includes(line.year)) {
      issue(
        line.cells.year,
        `${line.year} er ikke et år i planen for '${line.code}' (${years[0]}-${years.at(-1)})`,
      );
      continue;
    }
    const row = rowOf(plan, line.row);
    if (row === null) {
      issue(
        line.cells.row,
        `planen for '${line.code}' har ingen række '${line.row}'; skriv rækkens navn fra ` +
          `Tabel 1 eller dens nummer 1-${rows.length}`,
      );
      continue;
    }
    const key = `${plan.proposalId}:${line.year}`;
    const group = groups.get(key) ?? { plan, year: line.year, cells: [], byRow: new Map() };
    groups.set(key, group);
    const cell = group.byRow.get(row);
    if (cell) cell.amount = (cell.amount + line.amount) as Kroner;
    else group.byRow.set(row, { row, amount: line.amount, where: line.cells.amount });
  }
  if (issues.length > 0) return fail(validationProblem(issues));
  return ok(
    [...groups.values()].map(({ plan, year, byRow }) => ({
      plan,
      year,
      cells: [...byRow.values()].sort((a, b) => a.row - b.row),
    })),
  );
}
