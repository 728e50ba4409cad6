import { describe, expect, it } from 'vitest';
import type { ProposalIdentity } from './duplicates.ts';
import { linkedByCode } from './overview-links.ts';

const proposal = (id: string, code: string | null, round: string | null): ProposalIdentity => ({
  id,
  code,
  title: `Forslag ${id}`,
  leadAdministration: 'ØKF',
  round,
});

const known = [
  proposal('a', 'BUF11', 'Budget 2021'),
  proposal('b', 'BUF11', 'OFS 2021-2022'),
  proposal('c', 'buf 12', 'B2021'),
  proposal('d', 'BUF11', null),
];

const ids = (found: ProposalIdentity[]) => found.map((p) => p.id);

describe('an overview line linked to proposals by code', () => {
  it('finds the proposal of its code in its round, however the round and code are written', () => {
    expect(ids(linkedByCode('BUF11', ['B2021'], known))).toEqual(['a']);
    expect(ids(linkedByCode('BUF12', ['Budget 2021'], known))).toEqual(['c']);
  });

  it('does not take the same code of another round: codes start over each round', () => {
    expect(ids(linkedByCode('BUF11', ['OFS 2022-2023'], known))).toEqual([]);
  });

  it('links in every round it stands for: the one it names and the one it was read into', () => {
    expect(ids(linkedByCode('BUF11', ['B2021', 'OFS 2021-2022'], known))).toEqual(['a', 'b']);
  });

  it('links a proposal imported under its round that was placed in another since', () => {
    const placed = { ...proposal('e', 'SOF21', 'OFS 2021-2022'), importedRound: 'B2021' };
    expect(ids(linkedByCode('SOF21', ['Budget 2021'], [placed]))).toEqual(['e']);
  });

  it('links an overview that names no round only to proposals of no known round', () => {
    expect(ids(linkedByCode('BUF11', [null], known))).toEqual(['d']);
  });
});
