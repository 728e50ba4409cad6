import { describe, expect, it } from 'vitest';
import {
  ChainWalk,
  canonicalJson,
  entryHash,
  GENESIS_HASH,
  verifyChain,
  type ChainedFields,
} from './hash-chain.ts';

function chain(n: number) {
  const entries: (ChainedFields & { hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields: ChainedFields = {
      seq,
      at: `2026-11-0${seq}T10:00:00.000Z`,
      actorId: 'u1',
      action: 'proposal.update',
      proposalId: 'p1',
      fromState: 'draft',
      toState: 'draft',
      detail: { changes: [{ path: 'title', before: `v${seq - 1}`, after: `v${seq}` }] },
      prevHash: prev,
    };
    const hash = entryHash(fields);
    entries.push({ ...fields, hash });
    prev = hash;
  }
  return { entries, head: { seq: n, hash: prev } };
}

describe('audit hash chain', () => {
  it('verifies an untouched chain and counts its entries', () => {
    const { entries, head } = chain(4);
    expect(verifyChain(entries, head)).toEqual({ intact: true, entries: 4 });
  });

  it('names the entry whose content was edited', () => {
    const { entries, head } = chain(4);
    entries[2] = { ...entries[2]!, detail: { changes: [] } };
    expect(verifyChain(entries, head)).toMatchObject({ intact: false, brokenAt: 3 });
  });

  it('notices an entry deleted from the middle', () => {
    const { entries, head } = chain(4);
    entries.splice(1, 1);
    expect(verifyChain(entries, head)).toMatchObject({ intact: false, brokenAt: 3 });
  });

  it('notices the newest entry deleted, through the head', () => {
    const { entries, head } = chain(4);
    entries.pop();
    expect(verifyChain(entries, head)).toMatchObject({ intact: false });
  });

  it('hashes the same entry the same whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });
});

describe('audit hash chain, walked a page at a time', () => {
  it('gives the same verdict as one walk over all, and counts every entry after a break', () => {
    const { entries, head } = chain(7);
    entries[4] = { ...entries[4]!, action: 'proposal.create' };
    const walk = new ChainWalk();
    for (let i = 0; i < entries.length; i += 3) walk.add(entries.slice(i, i + 3));
    expect(walk.finish(head)).toEqual(verifyChain(entries, head));
    expect(walk.finish(head)).toMatchObject({ intact: false, entries: 7, brokenAt: 5 });
  });
});
