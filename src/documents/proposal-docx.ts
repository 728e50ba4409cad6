import type { Paragraph, Table } from 'docx';
import {
  GOAL_GROUPS,
  type AmountRange,
  type ProposalContent,
  type ProposalStatus,
} from '../domain/proposal.ts';
import { formatDanishDate } from '../shared/danish-number.ts';
import { formatThousands } from '../shared/format.ts';
import { yesNoKey } from '../shared/yes-no.ts';
import {
  caption,
  heading,
  headRow,
  narrative,
  paragraph,
  table,
  wordFile,
  type RowSpec,
} from './docx-parts.ts';
import { tabel1Docx } from './tabel1-docx.ts';
import { word } from './words.ts';

// A proposal as a Word document in the template's order (SPEC.md section 4): the header, then
// sections 1 to 6 with Tabel 1 to 6 as real Word tables.

/** How codes in the proposal are named in print; the service looks them up. */
export interface DocumentNames {
  administration(code: string): string;
  committee(code: string): string;
  round(id: string): string;
}

export interface ProposalDocumentInput {
  content: ProposalContent;
  status: ProposalStatus;
  version: number;
  names: DocumentNames;
  /** Code and title of the innovation case an investment case grew out of. */
  origin: string | null;
}

const none = () => word('common.none');
const date = (iso: string | null) => (iso ? formatDanishDate(iso) : none());
const thousands = formatThousands;

function range({ min, max }: AmountRange): string {
  if (min === null && max === null) return none();
  if (min === null || max === null || min === max) return thousands(min ?? max);
  return word('future.range', { min: thousands(min), max: thousands(max) });
}

function header({ content: p, status, version, names, origin }: ProposalDocumentInput) {
  const kicker = [p.roundId && names.round(p.roundId), word(`kind.${p.kind}`)]
    .filter(Boolean)
    .join(' · ');
  const facts: [string, string][] = [
    [word('view.summary'), p.summary || word('view.empty')],
    [
      word('view.leadAdministration'),
      p.leadAdministration ? names.administration(p.leadAdministration) : none(),
    ],
    [
      word('view.affectedAdministrations'),
      p.affectedAdministrations.length > 0
        ? p.affectedAdministrations.map((code) => names.administration(code)).join(', ')
        : none(),
    ],
    [word('view.committee'), p.committee ? names.committee(p.committee) : none()],
    [word('view.round'), p.roundId ? names.round(p.roundId) : none()],
    [
      word('view.priceLevel'),
      p.economy.priceLevelYear === null
        ? none()
        : word('common.priceLevel', { year: p.economy.priceLevelYear }),
    ],
    [word('view.status'), `${word(`status.${status}`)} (${word('view.version', { version })})`],
  ];
  if (origin) facts.push([word('view.origin'), origin]);
  return [
    paragraph(kicker),
    heading([p.code, p.title].filter(Boolean).join(' '), 1),
    table(
      facts.map(([label, value]) => ({ cells: [{ text: label, style: 'head' }, { text: value }] })),
      [28, 72],
    ),
  ];
}

function futureInvestment(p: ProposalContent): (Paragraph | Table)[] {
  const future = p.futureInvestment;
  if (!future) return [paragraph(word('future.none'))];
  const mark = (value: boolean) => word(value ? 'common.yes' : 'common.no');
  const parts: (Paragraph | Table)[] = [
    caption(word('future.caption')),
    table([
      headRow([
        word('future.expectedCost'),
        word('future.expectedDecisionRound'),
        word('future.efficiencyPotential'),
        word('future.efficiencyArea'),
        word('future.crossCuttingEfficiency'),
        word('future.largeScalePotential'),
        word('future.matureNewTechnology'),
      ]),
      {
        cells: [
          { text: range(future.expectedCost), style: 'amount' },
          { text: future.expectedDecisionRound || none() },
          { text: range(future.efficiencyPotential), style: 'amount' },
          { text: future.efficiencyArea ? word(`area.${future.efficiencyArea}`) : none() },
          { text: mark(future.crossCuttingEfficiency) },
          { text: mark(future.largeScalePotential) },
          { text: mark(future.matureNewTechnology) },
        ],
      },
    ]),
  ];
  if (future.note) parts.push(heading(word('future.note'), 3), ...narrative(future.note));
  return parts;
}

function followUp(p: ProposalContent): Table {
  const rows: RowSpec[] = [
    headRow([
      word('followUp.goal'),
      word('followUp.measure'),
      word('followUp.responsible'),
      word('followUp.when'),
    ]),
  ];
  if (p.followUpGoals.length === 0)
    rows.push({ cells: [{ text: word('followUp.none'), span: 4 }] });
  for (const group of GOAL_GROUPS) {
    const goals = p.followUpGoals.filter((g) => g.group === group);
    if (goals.length === 0) continue;
    rows.push({ style: 'group', cells: [{ text: word(`goalGroup.${group}`), span: 4 }] });
    for (const g of goals) {
      rows.push({
        cells: [{ text: g.goal }, { text: g.measure }, { text: g.responsible }, { text: g.when }],
      });
    }
  }
  return table(rows);
}

function risk(p: ProposalContent): (Paragraph | Table)[] {
  const parts: (Paragraph | Table)[] = [
    paragraph(`${word('risk.overall')}: ${p.riskLevel ? word(`risk.${p.riskLevel}`) : none()}`, {
      bold: true,
    }),
    ...narrative(p.riskNarrative),
  ];
  if (p.risks.length > 0) {
    parts.push(
      caption(word('risk.caption')),
      table([
        headRow([word('risk.name'), word('risk.level'), word('risk.mitigation')]),
        ...p.risks.map((r) => ({
          cells: [
            { text: r.name },
            { text: r.level ? word(`risk.${r.level}`) : none() },
            { text: r.mitigation },
          ],
        })),
      ]),
    );
  }
  if (p.kind === 'investeringsforslag' || p.adminEfficiency) {
    parts.push(heading(word('risk.adminEfficiency'), 2), ...narrative(p.adminEfficiency));
  }
  return parts;
}

function heard(p: ProposalContent): (Paragraph | Table)[] {
  const approval = p.financeApproval;
  const approvalHead = ['', word('approval.approved'), word('approval.date')];
  const approvalRow = [
    { text: word('approval.body'), style: 'head' as const },
    { text: word(yesNoKey(approval.approved)) },
    { text: date(approval.date) },
  ];
  if (approval.note) {
    approvalHead.push(word('approval.note'));
    approvalRow.push({ text: approval.note });
  }
  return [
    caption(word('approval.caption')),
    table([headRow(approvalHead), { cells: approvalRow }]),
    caption(word('partners.caption')),
    table([
      headRow([word('partners.name'), word('partners.description')]),
      ...(p.partners.length === 0
        ? [{ cells: [{ text: word('partners.none'), span: 2 }] }]
        : p.partners.map((x) => ({ cells: [{ text: x.name }, { text: x.description }] }))),
    ]),
    caption(word('hearings.caption')),
    table([
      headRow([
        word('hearings.body'),
        word('hearings.heard'),
        word('hearings.date'),
        word('hearings.answer'),
      ]),
      ...(p.hearings.length === 0
        ? [{ cells: [{ text: word('hearings.none'), span: 4 }] }]
        : p.hearings.map((h) => ({
            cells: [
              { text: h.body },
              { text: word(yesNoKey(h.heard)) },
              { text: date(h.date) },
              { text: h.answer },
            ],
          }))),
    ]),
  ];
}

/** The proposal as the bytes of a .docx file. */
export function proposalDocx(input: ProposalDocumentInput): Promise<Buffer> {
  const p = input.content;
  return wordFile([p.code, p.title].filter(Boolean).join(' '), [
    ...header(input),
    heading(word('view.s1'), 2),
    ...narrative(p.description),
    heading(word('view.s2'), 2),
    ...narrative(p.economyNarrative),
    ...tabel1Docx(p.economy, p.stated),
    heading(word('view.s3'), 2),
    ...narrative(p.futureInvestmentNarrative),
    ...futureInvestment(p),
    heading(word('view.s4'), 2),
    ...narrative(p.implementationNarrative),
    caption(word('followUp.caption')),
    followUp(p),
    heading(word('view.s5'), 2),
    ...risk(p),
    heading(word('view.s6'), 2),
    ...heard(p),
  ]);
}
