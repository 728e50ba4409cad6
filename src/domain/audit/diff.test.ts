import { describe, expect, it } from 'vitest';
import { diffFields } from './diff.ts';

describe('diffFields', () => {
  it('names a changed Tabel 1 cell by its full path', () => {
    const before = { economy: { rows: [{ label: 'Husleje', values: [600, 600] }] } };
    const after = { economy: { rows: [{ label: 'Husleje', values: [600, 650] }] } };
    expect(diffFields(before, after)).toEqual([
      { path: 'economy.rows.0.values.1', before: 600, after: 650 },
    ]);
  });

  it('reports an added and a removed row as whole rows', () => {
    expect(
      diffFields({ risks: [{ name: 'a' }] }, { risks: [{ name: 'a' }, { name: 'b' }] }),
    ).toEqual([{ path: 'risks.1', before: undefined, after: { name: 'b' } }]);
    expect(diffFields({ risks: [{ name: 'a' }] }, { risks: [] })).toEqual([
      { path: 'risks.0', before: { name: 'a' }, after: undefined },
    ]);
  });

  it('finds nothing between two equal versions', () => {
    const v = { title: 'x', economy: { years: [2026, 2027], rows: [] }, stated: null };
    expect(diffFields(v, structuredClone(v))).toEqual([]);
  });

  it('sees a value that became empty', () => {
    expect(diffFields({ riskLevel: 'lav' }, { riskLevel: null })).toEqual([
      { path: 'riskLevel', before: 'lav', after: null },
    ]);
  });
});
