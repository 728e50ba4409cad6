import type { RealisedLine } from '../../../documents/realised-read.ts';
import { isReporting } from '../../../domain/followup/realised.ts';
import type { Kroner } from '../../../domain/money.ts';
import type { ProposalRef } from '../../../domain/workflow/decide.ts';
import { fail, ok, validationProblem, type ProblemIssue, type Result } from '../../problems.ts';
import type { CodedProposal, FollowedPlan } from './store.ts';
import { say, type Words } from '../../words.ts';

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
  const issues: ProblemIssue[] = [];
  const groups = new Map<string, MatchedYear & { byRow: Map<number, MatchedCell> }>();
  for (const line of lines) {
    if (issues.length >= MAX_ISSUES) break;
    const issue = (field: string, message: Words) => issues.push({ field, message });
    const ref = (p: CodedProposal): ProposalRef => ({
      status: p.status,
      leadAdministration: p.administration,
    });
    const found = proposals.filter((p) => p.code === line.code && may.mayRead(ref(p)));
    if (found.length !== 1) {
      issue(
        line.cells.code,
        found.length === 0
          ? say('issue.realised.noCode', { code: line.code })
          : say('issue.realised.codeTwice', { code: line.code, n: found.length }),
      );
      continue;
    }
    const proposal = found[0]!;
    if (!isReporting(proposal.status) || !proposal.plan) {
      issue(line.cells.code, say('issue.realised.codeNotGranted', { code: line.code }));
      continue;
    }
    if (!may.mayReport(ref(proposal))) {
      issue(line.cells.code, say('issue.realised.notYours', { code: line.code }));
      continue;
    }
    const plan = proposal.plan;
    const { years, rows } = plan.table;
    if (!years.includes(line.year)) {
      issue(
        line.cells.year,
        say('issue.realised.notPlanYear', {
          year: String(line.year),
          code: line.code,
          first: String(years[0]),
          last: String(years.at(-1)),
        }),
      );
      continue;
    }
    const row = rowOf(plan, line.row);
    if (row === null) {
      issue(
        line.cells.row,
        say('issue.realised.noPlanRow', {
          code: line.code,
          row: String(line.row),
          rows: rows.length,
        }),
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
