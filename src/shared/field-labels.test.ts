import { describe, expect, it } from 'vitest';
import { fieldName } from './field-labels.ts';
import { en } from './i18n/en.ts';

describe('fieldName', () => {
  it('names a field as the edit form labels it', () => {
    expect(fieldName('title', 'da')).toBe('Titel');
    expect(fieldName('leadAdministration', 'da')).toBe('Fremstillende forvaltning');
    expect(fieldName('risks.1.mitigation', 'da')).toBe('Risiko 2: Håndtering');
    expect(fieldName('financeApproval', 'da')).toBe('Tabel 4. Godkendelse af Center for Økonomi');
    expect(fieldName('hearings', 'da')).toBe('Tabel 6. Høring og inddragelse af kredse og udvalg');
  });

  it('names a field in English for a client that asks for English', () => {
    expect(fieldName('title', 'en')).toBe(en['field.title']);
    expect(fieldName('risks.1.mitigation', 'en')).toBe('Risk 2: Mitigation');
    expect(fieldName('economy.rows.2.values.1', 'en')).toMatch(/^Tabel 1, row 3/);
  });

  it('names a Tabel 1 cell by its row and year column, counted from 1', () => {
    expect(fieldName('economy.rows.2.values.1', 'da')).toBe('Tabel 1, række 3, 2. årskolonne');
    expect(fieldName('economy.rows.0.area', 'da')).toBe('Tabel 1, række 1, styringsområde');
  });

  it('keeps a path that names none of the proposal’s fields', () => {
    expect(fieldName('file', 'da')).toBe('file');
    expect(fieldName('body', 'da')).toBe('body');
    // Any key a client sends, those of Object.prototype too.
    for (const key of ['constructor', 'toString', '__proto__', 'risks.0.constructor']) {
      expect(fieldName(key, 'da')).toBe(key);
    }
  });
});
