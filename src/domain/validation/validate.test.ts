import { describe, expect, it } from 'vitest';
import { convertPriceLevel } from '../economics/index.ts';
import { bc02, bc39, dataSharing, loeft } from '../economics/fixtures/seed-tables.ts';
import type { Kroner } from '../money.ts';
import type { EconomicRow, EconomicTable, ProposalContent, ProposalKind } from '../proposal.ts';
import { copenhagen2026, innovationCase, investmentCase } from './fixtures.ts';
import {
  hasBlockingIssues,
  MANDATORY_SECTIONS,
  PROPOSAL_RULES,
  ruleBreaches,
  TABLE_RULES,
  validateProposal,
  validateTable,
} from './index.ts';

const rules = copenhagen2026;
const noApproval = { approved: null, date: null, note: '' };

function row(
  section: EconomicRow['section'],
  values: (number | null)[],
  area: EconomicRow['area'] = 'service',
): EconomicRow {
  return { label: section, section, area, values: values as (Kroner | null)[] };
}

function table(rows: EconomicRow[], years = 8): EconomicTable {
  return { priceLevelYear: 2026, years: Array.from({ length: years }, (_, i) => 2026 + i), rows };
}

const issuesOf = (proposal: ProposalContent, ruleId: string) =>
  validateProposal(proposal, rules).filter((issue) => issue.ruleId === ruleId);

describe('validateProposal on complete proposals', () => {
  it('finds nothing in a complete investment case (TV01) or innovation case (BC01)', () => {
    expect(validateProposal(investmentCase, rules)).toEqual([]);
    expect(validateProposal(innovationCase, rules)).toEqual([]);
  });

  it('gives every rule a distinct id', () => {
    const ids = [...PROPOSAL_RULES, ...TABLE_RULES].map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('mandatory sections', () => {
  const complete: Record<ProposalKind, ProposalContent> = {
    investeringsforslag: investmentCase,
    innovationsforslag: innovationCase,
    foranalyse: { ...innovationCase, kind: 'foranalyse', futureInvestment: null },
  };

  for (const [kind, sections] of Object.entries(MANDATORY_SECTIONS)) {
    for (const [field, name] of sections) {
      it(`${kind}: ${field} left empty blocks submission and names "${name}"`, () => {
        const base = complete[kind as ProposalKind];
        const value = base[field];
        const empty = Array.isArray(value)
          ? []
          : typeof value === 'string' && field !== 'riskLevel'
            ? '   '
            : null;
        const issues = issuesOf({ ...base, [field]: empty }, 'mandatory-section');
        expect(issues).toHaveLength(1);
        expect(issues[0]).toMatchObject({ field, severity: 'error' });
        expect(issues[0]?.message).toContain(name);
      });
    }
  }

  it('a pre-analysis may be submitted without follow-up goals or administrative efficiency', () => {
    const preAnalysis = { ...complete.foranalyse, followUpGoals: [], adminEfficiency: '' };
    expect(issuesOf(preAnalysis, 'mandatory-section')).toEqual([]);
  });
});

describe('payback limit', () => {
  const paying = (cost: number) =>
    table([
      row('implementation', [cost]),
      row('lasting', [-100, -100, -100, -100, -100, -100, -100, -100]),
    ]);

  it('an investment case paying back in exactly year 6 may be submitted; in year 7 it may not', () => {
    expect(issuesOf({ ...investmentCase, economy: paying(600) }, 'payback-limit')).toEqual([]);
    const late = issuesOf({ ...investmentCase, economy: paying(700) }, 'payback-limit');
    expect(late.map((issue) => issue.field)).toEqual([
      'economy.payback.total',
      'economy.payback.service',
    ]);
    expect(late[0]?.message).toContain('først i år 7');
    expect(late[0]?.params).toEqual({ payback: 7, limit: 6 });
  });

  it('an investment case that never pays back within its table may not be submitted', () => {
    const issues = issuesOf({ ...investmentCase, economy: paying(900) }, 'payback-limit');
    expect(issues[0]?.message).toContain('bliver ikke tilbagebetalt inden for tabellens 8 år');
  });

  it('blocks on the service payback alone when the savings are not on Service', () => {
    const economy = table([
      row('implementation', [300]),
      row('lasting', [-100, -100, -100, -100], 'overfoersler'),
    ]);
    const issues = issuesOf({ ...investmentCase, economy }, 'payback-limit');
    expect(issues.map((issue) => issue.field)).toEqual(['economy.payback.service']);
  });

  it('does not apply to an innovation case, which need not save money', () => {
    expect(issuesOf({ ...innovationCase, economy: paying(900) }, 'payback-limit')).toEqual([]);
  });
});

describe('caps', () => {
  const asking = (kind: ProposalKind, amount: number) => ({
    ...innovationCase,
    kind,
    economy: table([row('implementation', [amount])]),
  });

  it('an innovation case asking exactly 2.000.000 kr. may be submitted; 2.000.001 kr. may not', () => {
    expect(issuesOf(asking('innovationsforslag', 2_000_000), 'cap-exceeded')).toEqual([]);
    const over = issuesOf(asking('innovationsforslag', 2_000_001), 'cap-exceeded');
    expect(over).toMatchObject([{ field: 'economy.totals.implementation', severity: 'error' }]);
    expect(over[0]?.message).toContain('2.000.001 kr. (2026 p/l)');
  });

  it('a pre-analysis asking exactly 1.000.000 kr. may be submitted; 1.000.001 kr. may not', () => {
    expect(issuesOf(asking('foranalyse', 1_000_000), 'cap-exceeded')).toEqual([]);
    expect(issuesOf(asking('foranalyse', 1_000_001), 'cap-exceeded')).toHaveLength(1);
  });

  it('an investment case has no cap', () => {
    expect(issuesOf({ ...asking('investeringsforslag', 50_000_000) }, 'cap-exceeded')).toEqual([]);
  });

  it('BC02 exceeds the 2 mio. kr. cap at its own 2027 p/l (2.045.000) and not at 2026 p/l', () => {
    expect(issuesOf({ ...innovationCase, economy: bc02.table }, 'cap-exceeded')).toHaveLength(1);
    const at2026 = convertPriceLevel(bc02.table, 2026, { 2026: 10000, 2027: 10280 });
    if (!at2026.ok) throw new Error(at2026.error.code);
    expect(issuesOf({ ...innovationCase, economy: at2026.value }, 'cap-exceeded')).toEqual([]);
  });

  it('judges BC02 at the round’s 2026 p/l when the caps are stated there, as the overview does', () => {
    const index = { 2026: 10000, 2027: 10280 };
    const atRound = { ...rules, capsAt: { year: 2026, index } };
    const judged = (economy: EconomicTable) =>
      validateProposal({ ...innovationCase, economy }, atRound).filter(
        (issue) => issue.ruleId === 'cap-exceeded',
      );
    expect(judged(bc02.table)).toEqual([]);
    const doubled = {
      ...bc02.table,
      rows: bc02.table.rows.map((r) => ({
        ...r,
        values: r.values.map((v) => (v === null ? v : ((v * 2) as Kroner))),
      })),
    };
    const [over] = judged(doubled);
    expect(over?.params).toMatchObject({ stated: 4_090_000, capsYear: 2026 });
    expect(over?.message).toContain('4.090.000 kr. (2027 p/l), 3.978.600 kr. i rundens prisniveau');
  });

  it('a loan repayment does not lower what is asked: the data-sharing analysis asks 1.200.000 kr.', () => {
    const issues = issuesOf(
      { ...innovationCase, kind: 'foranalyse', economy: dataSharing.table },
      'cap-exceeded',
    );
    expect(issues[0]?.params).toMatchObject({ requested: 1_200_000, cap: 1_000_000 });
  });
});

describe('Tabel 2 and Tabel 4', () => {
  it('an innovation case without Tabel 2 may not be submitted; a pre-analysis may', () => {
    expect(
      issuesOf({ ...innovationCase, futureInvestment: null }, 'future-investment-missing'),
    ).toMatchObject([{ field: 'futureInvestment', severity: 'error' }]);
    const preAnalysis = { ...innovationCase, kind: 'foranalyse' as const, futureInvestment: null };
    expect(issuesOf(preAnalysis, 'future-investment-missing')).toEqual([]);
  });

  it('only an explicit yes from Center for Økonomi lets a proposal be submitted', () => {
    const withApproval = (approved: boolean | null) =>
      issuesOf(
        { ...investmentCase, financeApproval: { approved, date: null, note: '' } },
        'finance-approval-missing',
      );
    expect(withApproval(true)).toEqual([]);
    expect(withApproval(null)[0]).toMatchObject({
      field: 'financeApproval.approved',
      severity: 'error',
    });
    expect(withApproval(null)[0]?.message).toContain('mangler');
    expect(withApproval(false)[0]?.message).toContain('er ikke givet');
  });
});

describe('year columns, price level and an empty table', () => {
  it('years 2025, 2026, 2027 are contiguous; 2025, 2026, 2028 are not, flagged at the gap', () => {
    const economy = (years: number[]) => ({ ...investmentCase.economy, years });
    expect(
      issuesOf(
        { ...investmentCase, economy: economy([2025, 2026, 2027, 2028, 2029, 2030]) },
        'years-not-contiguous',
      ),
    ).toEqual([]);
    expect(
      issuesOf(
        { ...investmentCase, economy: economy([2025, 2026, 2028, 2029, 2030, 2031]) },
        'years-not-contiguous',
      ),
    ).toMatchObject([{ field: 'economy.years.2', params: { year: 2028, previous: 2026 } }]);
    expect(
      issuesOf(
        { ...investmentCase, economy: economy([2026, 2025, 2026, 2027, 2028, 2029]) },
        'years-not-contiguous',
      ),
    ).toHaveLength(1);
  });

  it('a table without year columns may not be submitted', () => {
    expect(
      validateTable({ priceLevelYear: 2026, years: [], rows: [] }).map((i) => i.ruleId),
    ).toEqual(['years-missing', 'table-empty']);
  });

  it('BC39 as printed has no price level, which blocks submission', () => {
    expect(validateTable(bc39.table)).toMatchObject([
      { ruleId: 'price-level-missing', field: 'priceLevelYear', severity: 'error' },
    ]);
  });

  it('a table whose cells are all empty or 0 is empty; one non-zero cell is enough', () => {
    const empty = table([row('lasting', [null, 0]), row('implementation', [])]);
    expect(validateTable(empty).map((issue) => issue.ruleId)).toEqual(['table-empty']);
    expect(validateTable(table([row('lasting', [null, -1])]))).toEqual([]);
  });
});

describe('sign warnings', () => {
  it('warns about a positive cell in an efficiency row (mostly negative), not in a cost row', () => {
    const issues = validateTable(
      table([row('lasting', [-100, -100, 50]), row('lasting', [100, 100, -50])]),
    );
    expect(issues).toMatchObject([
      { ruleId: 'efficiency-row-positive', severity: 'warning', field: 'rows.0.values.2' },
    ]);
    expect(issues[0]?.message).toContain('2028');
  });

  it('does not take a row with as many positive as negative cells for an efficiency row', () => {
    expect(validateTable(table([row('lasting', [-100, 100])]))).toEqual([]);
  });

  it('warns about a negative implementation cost, and a warning alone does not block', () => {
    const issues = validateTable(table([row('implementation', [500, -1])]));
    expect(issues).toMatchObject([{ ruleId: 'cost-row-negative', field: 'rows.0.values.1' }]);
    expect(hasBlockingIssues(issues)).toBe(false);
  });
});

describe('stated figures', () => {
  const withLoeft = (stated: ProposalContent['stated']) => ({
    ...investmentCase,
    economy: loeft.table,
    stated,
  });

  it('LØFT as printed agrees with our arithmetic everywhere we can check', () => {
    expect(validateProposal(withLoeft(loeft.stated), rules)).toEqual([]);
  });

  it('warns at the cell where a stated subtotal is 1 krone off the sum of its rows', () => {
    const totals = loeft.stated.totals.map((total, i) =>
      i === 0
        ? { ...total, values: total.values.with(2, ((total.values[2] ?? 0) + 1) as Kroner) }
        : total,
    );
    const issues = issuesOf(withLoeft({ ...loeft.stated, totals }), 'stated-total-differs');
    expect(issues).toMatchObject([
      { field: 'stated.totals.0.values.2', params: { stated: -4_449_999, computed: -4_450_000 } },
    ]);
    expect(issues[0]?.message).toContain('Samlet varig ændring, service');
  });

  it('warns when a stated payback differs, and says nothing when none is stated', () => {
    const claim = (service: number | null) =>
      issuesOf(
        withLoeft({ ...loeft.stated, payback: { service, total: 4 } }),
        'stated-payback-differs',
      );
    expect(claim(3)).toMatchObject([
      { field: 'stated.payback.service', params: { stated: 3, computed: 4 } },
    ]);
    expect(claim(null)).toEqual([]);
  });
});

describe('validateTable', () => {
  it('checks payback and caps only when given the kind and the rules', () => {
    const late = table([row('implementation', [900]), row('lasting', [-100])]);
    expect(validateTable(late)).toEqual([]);
    expect(validateTable(late, { kind: 'investeringsforslag', rules }).map((i) => i.field)).toEqual(
      ['payback.total', 'payback.service'],
    );
  });
});

describe('validateProposal without configured rules', () => {
  it('still checks the template, but neither the payback limit nor the caps', () => {
    const late = {
      ...investmentCase,
      title: '',
      economy: table([row('implementation', [3000]), row('lasting', [null, -100, -100])]),
    };
    const ids = validateProposal(late, null).map((issue) => issue.ruleId);
    expect(ids).toContain('mandatory-section');
    expect(ids).not.toContain('payback-limit');
    expect(validateProposal(late, rules).map((issue) => issue.ruleId)).toContain('payback-limit');
  });
});

describe('ruleBreaches', () => {
  it('names the rules the figures break, once each, and not what is only unfilled', () => {
    const overCap = { ...innovationCase, economy: bc02.table, financeApproval: noApproval };
    const issues = validateProposal(overCap, rules);
    expect(issues.map((i) => i.ruleId)).toContain('finance-approval-missing');
    expect(ruleBreaches(issues)).toEqual(['cap-exceeded']);
    expect(ruleBreaches(validateProposal(innovationCase, rules))).toEqual([]);
  });
});
