import { describe, expect, it } from 'vitest';
import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { economyOf, fingerprint, fromProposal, toInput, withTyped } from './draft.ts';
import { describeField, nearestField } from './field-paths.ts';
import { stopsSave, unreadable, validateDraft } from './validate.ts';
import { da } from '../../../shared/i18n/da.ts';
import { translate } from '../../../shared/i18n/translate.ts';

const proposal: ProposalOutput = {
  id: '0b7f4c1e-7d7f-4f7e-9a51-5b8d7d1f0a11',
  version: 3,
  status: 'draft',
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-02-01T10:00:00Z',
  code: 'UD/SI01',
  title: 'LØFT',
  kind: 'investeringsforslag',
  summary: '',
  leadAdministration: 'SOF',
  affectedAdministrations: [],
  committee: null,
  roundId: null,
  originProposalId: null,
  description: '',
  economyNarrative: '',
  economy: {
    priceLevelYear: 2026,
    years: [2025, 2026],
    rows: [{ label: 'Husleje', section: 'lasting', area: 'service', values: [null, 1234.5] }],
  },
  stated: null,
  futureInvestmentNarrative: '',
  futureInvestment: null,
  implementationNarrative: '',
  followUpGoals: [],
  riskLevel: null,
  riskNarrative: '',
  risks: [{ name: 'Forsinkelse', level: 'middel', mitigation: '' }],
  adminEfficiency: '',
  financeApproval: { approved: true, date: '2025-01-29', note: '' },
  partners: [],
  hearings: [{ body: 'IT-kredsen', heard: true, date: '2024-12-13', answer: '' }],
};

describe('the edit draft', () => {
  it('never sends Tabel 4 back: only Center for Økonomi’s step writes it', () => {
    const input = toInput(fromProposal(proposal), 3);
    expect('financeApproval' in input).toBe(false);
    expect(input.hearings?.[0]?.date).toBe('2024-12-13');
  });

  it('shows amounts and dates the Danish way', () => {
    const draft = fromProposal(proposal);
    expect(draft.economy.rows[0]?.cells).toEqual(['', '1.234,5']);
    expect(draft.hearings[0]?.date).toBe('13.12.2024');
  });

  it('sends back exactly what it loaded, with the version it was loaded from', () => {
    const input = toInput(fromProposal(proposal), proposal.version);
    const {
      id: _id,
      status: _s,
      createdAt: _c,
      updatedAt: _u,
      financeApproval: _f,
      ...content
    } = proposal;
    expect(input).toEqual(content);
  });

  it('has the same fingerprint when loaded twice, whatever the list keys', () => {
    expect(fingerprint(fromProposal(proposal))).toBe(fingerprint(fromProposal(proposal)));
  });

  it('reads "1.234", "-942" and an empty cell', () => {
    const draft = fromProposal(proposal);
    draft.economy.rows[0]!.cells = ['1.234', '-942'];
    expect(economyOf(draft).rows[0]?.values).toEqual([1234, -942]);
    draft.economy.rows[0]!.cells = ['', ' '];
    expect(economyOf(draft).rows[0]?.values).toEqual([null, null]);
  });
});

describe('validateDraft', () => {
  it('finds nothing wrong with a loaded proposal', () => {
    expect(validateDraft(fromProposal(proposal))).toEqual({});
  });

  it('names the cell that is not a number and the one with more than three decimals', () => {
    const draft = fromProposal(proposal);
    draft.economy.rows[0]!.cells = ['12 mio', '1,2345'];
    expect(validateDraft(draft)).toEqual({
      'economy.rows.0.values.0': 'validation.number',
      'economy.rows.0.values.1': 'validation.decimals',
    });
  });

  it('requires a title, a real year and a real date', () => {
    const draft = fromProposal(proposal);
    draft.title = ' ';
    draft.economy.priceLevelYear = '26';
    draft.hearings[0]!.date = '31.02.2025';
    expect(validateDraft(draft)).toEqual({
      title: 'validation.required',
      'economy.priceLevelYear': 'validation.year',
      'hearings.0.date': 'validation.date',
    });
  });

  it('checks Tabel 2 only when the proposal has one', () => {
    const draft = fromProposal(proposal);
    draft.futureInvestment.expectedCost = { min: '5.000', max: '1.000' };
    expect(validateDraft(draft)).toEqual({});
    draft.hasFutureInvestment = true;
    expect(validateDraft(draft)).toEqual({
      'futureInvestment.expectedCost.max': 'validation.rangeOrder',
    });
  });
});

describe('saving a draft that holds what cannot be read', () => {
  it('is stopped only by a missing title', () => {
    const draft = fromProposal(proposal);
    draft.economy.rows[0]!.cells = ['12 mio', '1.234,5'];
    draft.hearings[0]!.date = '31.02.2025';
    expect(stopsSave(validateDraft(draft))).toBe(false);
    draft.title = '';
    expect(stopsSave(validateDraft(draft))).toBe(true);
  });

  it('sends an unreadable value empty and the rest as typed', () => {
    const draft = fromProposal(proposal);
    draft.economy.rows[0]!.cells = ['12 mio', '-800'];
    draft.economy.priceLevelYear = '26';
    const input = toInput(draft, 3);
    expect(input.economy?.rows?.[0]?.values).toEqual([null, -800]);
    expect(input.economy?.priceLevelYear).toBeNull();
  });

  it('puts the typed text back into the saved form, where the save stored it empty', () => {
    const sent = fromProposal(proposal);
    sent.economy.rows[0]!.cells = ['12 mio', '-800'];
    sent.hearings[0]!.date = '31.02.2025';
    const paths = unreadable(validateDraft(sent));
    expect(paths).toEqual(['economy.rows.0.values.0', 'hearings.0.date']);
    const saved = fromProposal({
      ...proposal,
      economy: {
        ...proposal.economy,
        rows: [{ ...proposal.economy.rows[0]!, values: [null, -800] }],
      },
      hearings: [{ ...proposal.hearings[0]!, date: null }],
    });
    const shown = withTyped(saved, sent, paths);
    expect(shown.economy.rows[0]?.cells).toEqual(['12 mio', '-800']);
    expect(shown.hearings[0]?.date).toBe('31.02.2025');
    expect(saved.economy.rows[0]?.cells).toEqual(['', '-800']);
  });
});

describe('field paths from the server', () => {
  it('lands an issue on its input, or on the nearest enclosing input', () => {
    expect(nearestField('economy.rows.0.values.2')).toBe('economy.rows.0.values.2');
    expect(nearestField('economy.years.3')).toBe('economy.years');
    expect(nearestField('economy.rows.0.values')).toBeNull();
    expect(nearestField('body')).toBeNull();
  });

  it('names fields the way the form labels them', () => {
    const t = (key: keyof typeof da, params?: Record<string, string | number>) =>
      translate(da, key, params);
    const draft = fromProposal(proposal);
    expect(describeField('economy.rows.0.values.1', draft, t)).toBe('Husleje, 2026');
    expect(describeField('risks.0.level', draft, t)).toBe('Risiko 1: Niveau');
    expect(describeField('title', draft, t)).toBe('Titel');
  });
});
