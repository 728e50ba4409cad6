import { describe, expect, it } from 'vitest';
import { evaluateTable } from '../../domain/economics/index.ts';
import { sumKroner, type Kroner } from '../../domain/money.ts';
import type { EconomicRow, ProposalContent } from '../../domain/proposal.ts';
import { proposalContentInput } from '../../shared/proposal-schema.ts';
import {
  demoAdministrations,
  demoCommittees,
  demoHearingBodies,
  demoPools,
  demoProposals,
  demoRoundOverviews,
  demoRounds,
  demoSubmissionRules,
} from './index.ts';

// The demo data is a transcription of real documents, so this test is its proofreading: every
// figure is checked against the document's own subtotals, and where the document's arithmetic is
// wrong the mismatch is listed here, by name, instead of being "fixed" in the data.

const parsed = demoProposals.map((input) => {
  const result = proposalContentInput.safeParse(input);
  if (!result.success) throw new Error(`${input.title}: ${result.error.message}`);
  const content: ProposalContent = result.data;
  return content;
});

const nameOf = (p: ProposalContent): string => p.code ?? p.title;
const byName = (name: string): ProposalContent => {
  const found = parsed.find((p) => nameOf(p) === name);
  if (!found) throw new Error(`no demo proposal ${name}`);
  return found;
};
const thousands = (kr: number): number => kr / 1000;

/** Which rows a stated total of Tabel 1 adds up, by the label the template prints. */
const STATED_TOTAL_ROWS: Record<string, (row: EconomicRow) => boolean> = {
  'Samlet varig ændring, service': (r) => r.section === 'lasting' && r.area === 'service',
  'Samlet varig ændring, efterspørgselsstyrede overførsler': (r) =>
    r.section === 'lasting' && r.area === 'overfoersler',
  // Net of the amount converted from service to overførsler, i.e. all lasting rows (LØFT's note).
  'Heraf nettoeffektivisering': (r) => r.section === 'lasting',
  'Samlet varig ændring': (r) => r.section === 'lasting',
  'Samlede implementeringsomkostninger, service': (r) =>
    r.section === 'implementation' && r.area === 'service',
  'Samlede implementeringsomkostninger, anlæg': (r) =>
    r.section === 'implementation' && r.area === 'anlaeg',
  'Samlede implementeringsomkostninger': (r) => r.section === 'implementation',
  'Samlet økonomisk påvirkning': (r) => r.section === 'lasting' || r.section === 'implementation',
};

interface Mismatch {
  proposal: string;
  row: string;
  year: number;
  stated: number;
  sum: number;
}

// Every stated subtotal in the six Tabel 1s equals the sum of its rows: the documents' errors
// are elsewhere (listed below), so this list is empty and any entry here is a transcription error.
const DOCUMENTED_TABEL1_MISMATCHES: Mismatch[] = [];

/** The SPEC rule: 1-based index of the first year whose cumulative sum is <= 0; null if none. */
function payback(perYear: readonly number[]): number | null {
  let cumulative = 0;
  for (const [i, v] of perYear.entries()) {
    cumulative += v;
    if (cumulative <= 0) return i + 1;
  }
  return null;
}

function perYear(p: ProposalContent, include: (row: EconomicRow) => boolean): Kroner[] {
  return p.economy.years.map((_, i) =>
    sumKroner(p.economy.rows.filter(include).map((r) => r.values[i] ?? null)),
  );
}

const totalRows = (r: EconomicRow): boolean =>
  r.section === 'lasting' || r.section === 'implementation';
// All implementation costs count, anlæg included (SPEC section 5).
const serviceRows = (r: EconomicRow): boolean =>
  (r.section === 'lasting' && r.area === 'service') || r.section === 'implementation';

describe('demo proposals', () => {
  it('are the six proposals of the seeds, and each parses with the wire schema', () => {
    expect(parsed.map(nameOf)).toEqual([
      'BC01',
      'BC02',
      'BC39',
      'UD/SI01',
      'TV01',
      'Analyse af indsamling, deling og anvendelse af data ml. SOF og BIF',
    ]);
  });

  it('have unique codes', () => {
    const codes = parsed.flatMap((p) => (p.code === null ? [] : [p.code]));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('have contiguous years, a price level, and one value per year in every row and total', () => {
    for (const p of parsed) {
      const { years, rows, priceLevelYear } = p.economy;
      expect(priceLevelYear, nameOf(p)).not.toBeNull();
      expect(years.length, nameOf(p)).toBeGreaterThan(0);
      expect(years, nameOf(p)).toEqual(years.map((_, i) => years[0]! + i));
      for (const row of rows)
        expect(row.values.length, `${nameOf(p)}: ${row.label}`).toBe(years.length);
      for (const total of p.stated?.totals ?? []) {
        expect(total.values.length, `${nameOf(p)}: ${total.label}`).toBe(years.length);
      }
    }
  });

  it('reference only forvaltninger, committees, rounds and hearing bodies that exist', () => {
    const administrations = new Set(demoAdministrations.map((a) => a.code));
    const committees = new Set(demoCommittees.map((c) => c.code));
    const rounds = new Set(demoRounds.map((r) => r.id));
    const bodies = new Set(demoHearingBodies.map((b) => b.name));
    for (const p of parsed) {
      expect(administrations, nameOf(p)).toContain(p.leadAdministration);
      for (const a of p.affectedAdministrations) expect(administrations, nameOf(p)).toContain(a);
      expect(committees, nameOf(p)).toContain(p.committee);
      expect(rounds, nameOf(p)).toContain(p.roundId);
      for (const h of p.hearings) expect(bodies, nameOf(p)).toContain(h.body);
      expect(p.originProposalId).toBeNull();
    }
  });

  it('fill the fields their kind requires', () => {
    for (const p of parsed) {
      expect(p.summary, nameOf(p)).not.toBe('');
      expect(p.description, nameOf(p)).not.toBe('');
      expect(p.financeApproval.approved, nameOf(p)).toBe(true);
      expect(p.financeApproval.date, nameOf(p)).not.toBeNull();
      expect(p.followUpGoals.length, nameOf(p)).toBeGreaterThan(0);
      if (p.kind === 'innovationsforslag') expect(p.futureInvestment, nameOf(p)).not.toBeNull();
      if (p.kind === 'investeringsforslag') expect(p.adminEfficiency, nameOf(p)).not.toBe('');
    }
  });

  it('keep each stated Tabel 1 total equal to the sum of its rows, except the documented mismatches', () => {
    const mismatches: Mismatch[] = [];
    for (const p of parsed) {
      for (const total of p.stated?.totals ?? []) {
        const include = STATED_TOTAL_ROWS[total.label];
        if (!include) throw new Error(`${nameOf(p)}: unknown stated total "${total.label}"`);
        const sums = perYear(p, include);
        p.economy.years.forEach((year, i) => {
          const stated = total.values[i] ?? 0;
          const sum = sums[i] ?? 0;
          if (stated !== sum) {
            mismatches.push({
              proposal: nameOf(p),
              row: total.label,
              year,
              stated: thousands(stated),
              sum: thousands(sum),
            });
          }
        });
      }
    }
    expect(mismatches).toEqual(DOCUMENTED_TABEL1_MISMATCHES);
  });

  it('reproduce the stated paybacks by the SPEC rule', () => {
    // Only the two investment cases state a payback; the innovation cases state none.
    const statingPayback = parsed.filter(
      (p) => p.stated?.payback.total !== null || p.stated?.payback.service !== null,
    );
    expect(statingPayback.map(nameOf)).toEqual(['UD/SI01', 'TV01']);
    for (const p of statingPayback) {
      expect(payback(perYear(p, totalRows)), nameOf(p)).toBe(p.stated?.payback.total);
      expect(payback(perYear(p, serviceRows)), nameOf(p)).toBe(p.stated?.payback.service);
    }
  });

  it('get the stated paybacks and economic impact from the economics engine', () => {
    for (const p of parsed) {
      const evaluation = evaluateTable(p.economy);
      const stated = p.stated!;
      const impact = stated.totals.find((t) => t.label === 'Samlet økonomisk påvirkning');
      if (impact) expect(evaluation.impact, nameOf(p)).toEqual(impact.values.map((v) => v ?? 0));
      if (p.code === null) {
        // The data-sharing analysis states no payback; counting its loan repayment as the
        // savings that pay the pool back, the engine has it repaid in year 3 (1.200, 590, -20).
        expect(evaluation.payback).toEqual({ service: 3, total: 3 });
        continue;
      }
      // The rest state their payback, or state none and never pay back (innovation cases).
      expect(evaluation.payback, nameOf(p)).toEqual(stated.payback);
    }
  });

  it('give the cumulative curves SPEC.md quotes for LØFT and TV01', () => {
    const cumulative = (values: number[]): number[] => {
      let acc = 0;
      return values.map((v) => thousands((acc += v)));
    };
    expect(cumulative(perYear(byName('UD/SI01'), totalRows)).slice(0, 4)).toEqual([
      1400, 6500, 3550, -11300,
    ]);
    expect(cumulative(perYear(byName('TV01'), totalRows)).slice(0, 4)).toEqual([
      1250, 2200, 1100, 0,
    ]);
  });
});

describe("the documents' own arithmetic errors", () => {
  it('OFS 2025-2026 overview: "I alt" is printed as 4.951 but its rows sum to 4.952', () => {
    const overview = demoRoundOverviews.find((o) => o.roundId === 'ofs-2025-2026');
    expect(overview).toBeDefined();
    const sum = sumKroner(overview!.entries.map((e) => e.amountKroner));
    expect(thousands(overview!.statedTotalKroner)).toBe(4951);
    expect(thousands(sum)).toBe(4952);
  });

  it('the overview lists real proposals under their own committee and title', () => {
    for (const overview of demoRoundOverviews) {
      for (const entry of overview.entries) {
        const p = byName(entry.code);
        expect(p.roundId).toBe(overview.roundId);
        expect(p.committee).toBe(entry.committee);
        expect(p.title).toBe(entry.title);
      }
    }
  });

  it('BC02 exceeds the 2 mio. kr. innovation cap in 2027 p/l (2.045) but not in 2026 p/l (1.989)', () => {
    const capExceeded: { proposal: string; total: number; cap: number }[] = [];
    for (const p of parsed) {
      const round = demoRounds.find((r) => r.id === p.roundId);
      const rules = demoSubmissionRules.find((s) => s.year === round?.year)?.rules;
      const cap = rules?.capByKind[p.kind] ?? null;
      const asked = sumKroner(perYear(p, (r) => r.section === 'implementation'));
      if (cap !== null && asked > cap) {
        capExceeded.push({ proposal: nameOf(p), total: thousands(asked), cap: thousands(cap) });
      }
    }
    expect(capExceeded).toEqual([{ proposal: 'BC02', total: 2045, cap: 2000 }]);
    const listed = demoRoundOverviews[0]!.entries.find((e) => e.code === 'BC02')!;
    expect(thousands(listed.amountKroner)).toBe(1989);
  });

  it('SOF/BIF data sharing: the loan repays 1.220, not the 1.200 borrowed, in two instalments', () => {
    const p = byName('Analyse af indsamling, deling og anvendelse af data ml. SOF og BIF');
    const borrowed = sumKroner(perYear(p, (r) => r.section === 'implementation'));
    const loanRows = perYear(p, (r) => r.section === 'loan');
    expect(thousands(borrowed)).toBe(1200);
    expect(thousands(sumKroner(loanRows))).toBe(-1220);
    // The prose promises a three-year repayment; the table has instalments in two years.
    expect(loanRows.filter((v) => v < 0).length).toBe(2);
  });

  // Prose figures that disagree with the tables next to them. The prose is ours, so these figures
  // live here and are checked against the rows they describe.
  it('BC39: the prose allots 0,5 mio. kr. in 2028, its own items and Tabel 1 give 0,55', () => {
    const p = byName('BC39');
    const in2028 = perYear(p, (r) => r.section === 'implementation')[1]!;
    expect(p.economy.years[1]).toBe(2028);
    expect(thousands(in2028)).toBe(550);
    expect(thousands(in2028)).not.toBe(500);
  });

  it('LØFT: the prose puts lasting running costs at 12,2 mio. kr. from 2027, its items sum to 12,85', () => {
    const p = byName('UD/SI01');
    const i2027 = p.economy.years.indexOf(2027);
    const runningCosts = perYear(
      p,
      (r) => r.section === 'lasting' && !r.label.startsWith('Besparelse'),
    );
    const serviceRunningCosts = perYear(
      p,
      (r) => r.section === 'lasting' && r.area === 'service' && !r.label.startsWith('Besparelse'),
    );
    expect(thousands(runningCosts[i2027]!)).toBe(12850);
    expect(thousands(serviceRunningCosts[i2027]!)).toBe(12250);
  });
});

describe('demo reference data', () => {
  it('has the seven Copenhagen forvaltninger and unique committee codes', () => {
    expect(demoAdministrations.map((a) => a.code)).toEqual([
      'ØKF',
      'KFF',
      'BUF',
      'SUF',
      'SOF',
      'TMF',
      'BIF',
    ]);
    const codes = demoCommittees.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('nests the 2026 pools: 375 = 360 + 15, and 4 of the 15 for pre-analyses', () => {
    const ids = new Set(demoPools.map((p) => p.id));
    for (const pool of demoPools) {
      if (pool.parentId !== null) expect(ids).toContain(pool.parentId);
      const children = demoPools.filter((c) => c.parentId === pool.id);
      if (children.length === 0) continue;
      expect(sumKroner(children.map((c) => c.amountKroner))).toBeLessThanOrEqual(pool.amountKroner);
    }
    const root = demoPools.find((p) => p.parentId === null)!;
    expect(root.amountKroner).toBe(375_000_000);
    expect(
      sumKroner(demoPools.filter((p) => p.parentId === root.id).map((p) => p.amountKroner)),
    ).toBe(375_000_000);
  });

  it('has submission rules for the year of every round that holds proposals', () => {
    for (const p of parsed) {
      const round = demoRounds.find((r) => r.id === p.roundId)!;
      expect(demoSubmissionRules.map((s) => s.year)).toContain(round.year);
    }
    for (const { rules } of demoSubmissionRules) {
      expect(rules.paybackLimitYears).toBe(6);
      expect(rules.capByKind).toEqual({
        foranalyse: 1_000_000,
        innovationsforslag: 2_000_000,
        investeringsforslag: null,
      });
    }
  });
});
