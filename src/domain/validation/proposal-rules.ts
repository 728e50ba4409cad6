import { seriesForLabel, type TableEvaluation } from '../economics/index.ts';
import type { ProposalContent, ProposalKind } from '../proposal.ts';
import type { SubmissionRules } from '../rules.ts';
import type { Finding, Rule } from './rule.ts';
import { KIND_NAMES, kr, yearName } from './wording.ts';

export interface ProposalContext {
  proposal: ProposalContent;
  /** Null when no rules are configured for the year: the payback limit and caps go unchecked. */
  rules: SubmissionRules | null;
  evaluation: TableEvaluation;
}

type Section = {
  [K in keyof ProposalContent]: ProposalContent[K] extends string | null | unknown[] ? K : never;
}[keyof ProposalContent];

const COMMON: readonly [Section, string][] = [
  ['title', 'Titel'],
  ['summary', 'Kort resumé'],
  ['leadAdministration', 'Fremstillende forvaltning'],
  ['description', 'Beskrivelse af forslag (afsnit 1)'],
  ['economyNarrative', 'Økonomi (afsnit 2)'],
  ['implementationNarrative', 'Implementering og opfølgning (afsnit 4)'],
  ['riskLevel', 'Samlet risikoniveau (afsnit 5)'],
];

/**
 * What the template asks of every kind, plus: a pre-analysis or innovation case says which
 * investment case it leads to (afsnit 3); an investment case sets follow-up goals for its
 * savings (Tabel 3) and states its efficiency on administration. Tabel 1 itself is checked by
 * the table rules, Tabel 2 and 4 by their own rules.
 */
export const MANDATORY_SECTIONS: Record<ProposalKind, readonly [Section, string][]> = {
  foranalyse: [...COMMON, ['futureInvestmentNarrative', 'Kommende investeringsforslag (afsnit 3)']],
  innovationsforslag: [
    ...COMMON,
    ['futureInvestmentNarrative', 'Kommende investeringsforslag (afsnit 3)'],
  ],
  investeringsforslag: [
    ...COMMON,
    ['followUpGoals', 'Opfølgningsmål (Tabel 3)'],
    ['adminEfficiency', 'Effektivisering på administration (afsnit 5)'],
  ],
};

function isEmpty(value: string | null | unknown[]): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  return value.trim() === '';
}

function statedTotalFindings({ proposal, evaluation }: ProposalContext): Finding[] {
  const years = proposal.economy.years;
  return (proposal.stated?.totals ?? []).flatMap(({ label, values }, t) => {
    const computed = seriesForLabel(evaluation, label);
    if (computed === null) return [];
    const length = Math.max(values.length, computed.length);
    const findings: Finding[] = [];
    for (let column = 0; column < length; column++) {
      const stated = values[column] ?? 0;
      const ours = computed[column] ?? 0;
      if (stated === ours) continue;
      const year = yearName(years, column);
      findings.push({
        field: `stated.totals.${t}.values.${column}`,
        message: `Angivet "${label}" for ${year} er ${kr(stated)}, men rækkerne i Tabel 1 giver ${kr(ours)}`,
        params: { label, year, stated, computed: ours },
      });
    }
    return findings;
  });
}

function statedPaybackFindings({ proposal, evaluation }: ProposalContext): Finding[] {
  const stated = proposal.stated?.payback;
  if (!stated) return [];
  const measures = [
    ['service', 'serviceeffektivisering'],
    ['total', 'totaløkonomi'],
  ] as const;
  return measures.flatMap(([measure, basis]) => {
    const claimed = stated[measure];
    const computed = evaluation.payback[measure];
    // A document that prints no payback states nothing to compare.
    if (claimed === null || claimed === computed) return [];
    const ours =
      computed === null ? 'ingen tilbagebetaling inden for tabellens år' : `${computed} år`;
    return [
      {
        field: `stated.payback.${measure}`,
        message: `Angivet tilbagebetalingstid baseret på ${basis} er ${claimed} år, men Tabel 1 giver ${ours}.`,
        params: { stated: claimed, computed },
      },
    ];
  });
}

export const PROPOSAL_RULES: readonly Rule<ProposalContext>[] = [
  {
    id: 'mandatory-section',
    severity: 'error',
    check: ({ proposal }) =>
      MANDATORY_SECTIONS[proposal.kind]
        .filter(([field]) => isEmpty(proposal[field]))
        .map(([field, name]) => ({
          field,
          message: `${name} skal udfyldes, før ${KIND_NAMES[proposal.kind]} kan indsendes.`,
          params: { section: name },
        })),
  },
  {
    id: 'future-investment-missing',
    severity: 'error',
    check: ({ proposal }) =>
      proposal.kind === 'innovationsforslag' && proposal.futureInvestment === null
        ? [
            {
              field: 'futureInvestment',
              message:
                'Tabel 2 (kommende investeringsforslag) mangler: et innovationsforslag skal pege på et konkret kommende investeringsforslag.',
            },
          ]
        : [],
  },
  {
    id: 'finance-approval-missing',
    severity: 'error',
    check: ({ proposal }) => {
      const { approved } = proposal.financeApproval;
      if (approved === true) return [];
      const state = approved === false ? 'er ikke givet' : 'mangler';
      return [
        {
          field: 'financeApproval.approved',
          message: `Center for Økonomis godkendelse af økonomien (Tabel 4) ${state}: forslaget kan ikke indsendes uden.`,
        },
      ];
    },
  },
  { id: 'stated-total-differs', severity: 'warning', check: statedTotalFindings },
  { id: 'stated-payback-differs', severity: 'warning', check: statedPaybackFindings },
];
