import { kroner } from '../../domain/money.ts';
import type { ProposalStatus } from '../../domain/proposal.ts';
import type { Pool, RoundPhase } from '../../domain/rounds/rules.ts';
import type { RoundRulesContent } from '../rounds/tables.ts';

// Where the demo's rounds stand, so every account sees a working system on first start: OFS
// 2024-2025 is decided and its proposals are being implemented; OFS 2025-2026 is opened for
// decision with its proposals submitted (seed 000 is its overview of what came in); Budget 2027
// is open. Each round carries SPEC.md section 3's pools (375 mio. = 360 + 15, of which 4 for
// pre-analyses) for its year and the three after, the caps and payback limit of seed 001, and
// criteria like Tabel 2's marks. The 2025 and 2027 amounts repeat 2026's: the seeds state only
// 2026's.

export interface DemoRoundSetup {
  roundId: string;
  phase: RoundPhase;
  /** The status the round's demo proposals are in. */
  proposalStatus: ProposalStatus;
  rules: RoundRulesContent;
}

function pools(firstYear: number): Pool[] {
  const budgets = (millions: number) =>
    [0, 1, 2, 3].map((i) => ({
      year: firstYear + i,
      amount: kroner(millions * 1_000_000),
      serviceLimit: null,
      anlaegLimit: null,
    }));
  return [
    {
      key: 'puljer',
      name: 'Investerings- og innovationspuljerne',
      parentKey: null,
      kinds: [],
      budgets: budgets(375),
    },
    {
      key: 'investering',
      name: 'Investeringspuljen',
      parentKey: 'puljer',
      kinds: ['investeringsforslag'],
      budgets: budgets(360),
    },
    {
      key: 'innovation',
      name: 'Innovationspuljen',
      parentKey: 'puljer',
      kinds: ['innovationsforslag'],
      budgets: budgets(15),
    },
    {
      key: 'foranalyse',
      name: 'Foranalyser',
      parentKey: 'innovation',
      kinds: ['foranalyse'],
      budgets: budgets(4),
    },
  ];
}

const rules = (firstYear: number): RoundRulesContent => ({
  paybackLimitYears: 6,
  caps: {
    foranalyse: kroner(1_000_000),
    innovationsforslag: kroner(2_000_000),
    investeringsforslag: null,
  },
  pools: pools(firstYear),
  criteria: [
    { key: 'potentiale', name: 'Potentiale', scaleMin: 1, scaleMax: 5, weight: 2 },
    { key: 'modenhed', name: 'Teknisk modenhed', scaleMin: 1, scaleMax: 5, weight: 1 },
    { key: 'ressourcer', name: 'Projektlederressourcer', scaleMin: 1, scaleMax: 5, weight: 1 },
  ],
});

export const demoRoundSetups: DemoRoundSetup[] = [
  {
    roundId: 'ofs-2024-2025',
    phase: 'decided',
    proposalStatus: 'in_implementation',
    rules: rules(2025),
  },
  { roundId: 'ofs-2025-2026', phase: 'locked', proposalStatus: 'submitted', rules: rules(2026) },
  { roundId: 'b2027', phase: 'open', proposalStatus: 'draft', rules: rules(2027) },
];
