import { describe, expect, it } from 'vitest';
import { dictionaries, translate, type Language } from '../../shared/i18n/translate.ts';
import {
  changeSentence,
  entryHeadline,
  presentChange,
  type ChangeContext,
} from './present-change.ts';

const context = (language: Language = 'da'): ChangeContext => ({
  t: (key, params) => translate(dictionaries[language], key, params),
  economy: {
    years: [2026, 2027, 2028, 2029, 2030, 2031],
    rows: [{ label: 'Lønudgifter' }, { label: 'Licenser' }, { label: 'Effektiviseringsgevinst' }],
  },
  roundName: (id) => (id === 'ofs-2024-2025' ? 'OFS 2024-2025' : undefined),
  administrationName: (code) => (code === 'SOF' ? 'Socialforvaltningen' : undefined),
});

const read = (path: string, before: unknown, after: unknown, language?: Language) =>
  changeSentence(presentChange({ path, before, after }, context(language)));

describe('a changed field as a finance officer reads it', () => {
  it('names a Tabel 1 cell by its row and year, with the unit', () => {
    expect(read('economy.rows.2.values.1', -750, -800)).toBe(
      'Tabel 1, Effektiviseringsgevinst, 2027: -750 → -800 (1.000 kr.)',
    );
    expect(read('economy.rows.2.values.1', -750, -800, 'en')).toBe(
      'Tabel 1, Effektiviseringsgevinst, 2027: -750 → -800 (DKK 1,000)',
    );
    expect(read('economy.rows.0.values.0', 1234.5, null)).toBe(
      'Tabel 1, Lønudgifter, 2026: 1.234,5 → (tom) (1.000 kr.)',
    );
  });

  it('names a row it does not know by its position, and its section and area in words', () => {
    expect(read('economy.rows.7.label', '', 'Husleje')).toBe(
      'Tabel 1, Tekst, række 8: (tom) → Husleje',
    );
    expect(read('economy.rows.1.area', 'service', 'overfoersler')).toBe(
      'Tabel 1, Styringsområde, Licenser: Service → Efterspørgselsstyrede overførsler',
    );
  });

  it('shows names instead of ids and codes, and Danish dates', () => {
    expect(read('roundId', null, 'ofs-2024-2025')).toBe('Runde: (tom) → OFS 2024-2025');
    expect(read('leadAdministration', 'BIF', 'SOF')).toBe(
      'Fremstillende forvaltning: BIF → Socialforvaltningen (SOF)',
    );
    expect(read('financeApproval.date', null, '2026-03-10')).toBe(
      'Dato for godkendelse: (tom) → 10.03.2026',
    );
    expect(read('status', 'draft', 'submitted')).toBe('Status: Kladde → Indsendt til runde');
    expect(read('risks.1.level', 'lav', 'hoej')).toBe('Risiko 2: Niveau: Lav → Høj');
  });

  it('reads a whole item added to a list as its values, not as JSON', () => {
    const shown = presentChange(
      { path: 'risks.0', before: undefined, after: { name: 'Leverandør', level: 'middel' } },
      context(),
    );
    expect(shown.field).toBe('Risiko 1');
    expect(shown.after).toBe('Leverandør; Middel');
    expect(shown.after).not.toContain('{');
  });
});

describe('an entry of the history, by what it did', () => {
  const headline = (action: string, version: number | null = 4, step: string | null = null) =>
    entryHeadline({ action, step, version }, context().t);

  it('says which version of the proposal a save made', () => {
    expect(headline('proposal.create', 1)).toBe('Oprettet som version 1');
    expect(headline('proposal.update', 4)).toBe('Gemt som version 4');
  });

  it('names a step and what follow-up recorded, never a version that is not the proposal’s', () => {
    expect(headline('proposal.step', 5, 'approve_finance')).toBe('Godkend økonomien');
    expect(headline('followup.realised', 1)).toBe('Realiserede tal indberettet');
    expect(headline('loan.payment', 2)).toBe('En betaling på lånet er registreret');
    expect(headline('round.lock', 2)).toBe('Ændret');
  });
});
