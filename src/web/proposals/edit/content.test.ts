import { describe, expect, it } from 'vitest';
import { copenhagen2026 } from '../../../domain/validation/fixtures.ts';
import { validateProposal } from '../../../domain/validation/index.ts';
import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { contentOf } from './content.ts';
import { fromProposal } from './draft.ts';

const YEARS = [2026, 2027, 2028, 2029, 2030, 2031, 2032];

const saved: ProposalOutput = {
  id: '0b7f4c1e-7d7f-4f7e-9a51-5b8d7d1f0a11',
  version: 1,
  status: 'draft',
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-01T10:00:00Z',
  code: null,
  title: 'Robotter',
  kind: 'investeringsforslag',
  summary: '',
  leadAdministration: null,
  affectedAdministrations: [],
  committee: null,
  roundId: null,
  originProposalId: null,
  description: '',
  economyNarrative: '',
  economy: {
    priceLevelYear: 2026,
    years: YEARS,
    rows: [
      { label: 'Robotter', section: 'implementation', area: 'service', values: [3000] },
      {
        label: 'Færre besøg',
        section: 'lasting',
        area: 'service',
        values: [null, -500, -500, -500, -500, -500, -500],
      },
    ],
  },
  stated: { payback: { service: 6, total: 6 }, totals: [] },
  futureInvestmentNarrative: '',
  futureInvestment: null,
  implementationNarrative: '',
  followUpGoals: [],
  riskLevel: null,
  riskNarrative: '',
  risks: [],
  adminEfficiency: '',
  financeApproval: { approved: null, date: null, note: '' },
  partners: [],
  hearings: [],
};

const issuesOf = (draft: ReturnType<typeof fromProposal>) =>
  validateProposal(contentOf(draft), copenhagen2026).map((i) => `${i.ruleId} ${i.field}`);

describe('contentOf: the draft as the submission rules read it', () => {
  it('finds on the edit form what the API finds: payback in year 7, stated 6, empty sections', () => {
    const issues = issuesOf(fromProposal(saved));
    expect(issues).toContain('payback-limit economy.payback.total');
    expect(issues).toContain('stated-payback-differs stated.payback.total');
    expect(issues).toContain('mandatory-section summary');
    expect(issues).toContain('finance-approval-missing financeApproval.approved');
  });

  it('counts a half-typed amount as the empty cell a save would send', () => {
    const draft = fromProposal(saved);
    const typing = {
      ...draft,
      economy: {
        ...draft.economy,
        rows: draft.economy.rows.map((row, i) =>
          i === 1 ? { ...row, cells: ['', '-1.500', '-1.5', '', '', '', ''] } : row,
        ),
      },
    };
    // 3.000 - 1.500 and nothing more: the table does not pay back within its years.
    expect(contentOf(typing).economy.rows[1]?.values.slice(0, 3)).toEqual([null, -1_500_000, null]);
    expect(issuesOf(typing)).toContain('payback-limit economy.payback.total');
  });
});
