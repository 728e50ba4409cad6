import { describe, expect, it } from 'vitest';
import { fieldName } from './field-labels.ts';

describe('the name a 400 gives the field at fault', () => {
  it('names the proposal’s fields as the form labels them', () => {
    expect(fieldName('title')).toBe('Titel');
    expect(fieldName('risks.1.level')).toMatch(/^Risiko 2: /);
    expect(fieldName('economy.rows.2.values.0')).toBe('Tabel 1, række 3, 1. årskolonne');
  });

  it('gives the path itself for a field that is none of the proposal’s, also one named like a built-in', () => {
    for (const path of ['constructor', 'toString', '__proto__', 'risks.0.constructor', 'ukendt']) {
      expect(fieldName(path)).toBe(path);
    }
  });
});
