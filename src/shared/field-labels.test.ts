import { describe, expect, it } from 'vitest';
import { fieldName } from './field-labels.ts';

describe('fieldName', () => {
  it('names a field as the edit form labels it', () => {
    expect(fieldName('title')).toBe('Titel');
    expect(fieldName('leadAdministration')).toBe('Fremstillende forvaltning');
    expect(fieldName('risks.1.mitigation')).toBe('Risiko 2: Håndtering');
    expect(fieldName('financeApproval')).toBe('Tabel 4. Godkendelse af Center for Økonomi');
    expect(fieldName('hearings')).toBe('Tabel 6. Høring og inddragelse af kredse og udvalg');
  });

  it('names a Tabel 1 cell by its row and year column, counted from 1', () => {
    expect(fieldName('economy.rows.2.values.1')).toBe('Tabel 1, række 3, 2. årskolonne');
    expect(fieldName('economy.rows.0.area')).toBe('Tabel 1, række 1, styringsområde');
  });

  it('keeps a path that names none of the proposal’s fields', () => {
    expect(fieldName('file')).toBe('file');
    expect(fieldName('body')).toBe('body');
    // Any key a client sends, those of Object.prototype too.
    for (const key of ['constructor', 'toString', '__proto__', 'risks.0.constructor']) {
      expect(fieldName(key)).toBe(key);
    }
  });
});
