import { describe, expect, it } from 'vitest';
import {
  ChainWalk,
  canonicalJson,
  entryHash,
  GENESIS_HASH,
  signCheckpoint,
  verifyChain,
  type ChainedFields,
} from './hash-chain.ts';

const KEY = 'unit-test-key';

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
      entityType: null,
      entityId: null,
      fromState: 'draft',
      toState: 'draft',
      detail: { changes: [{ path: 'title', before: `v${seq - 1}`, after: `v${seq}` }] },
      prevHash: prev,
    };
    const hash = entryHash(fields, KEY);
    entries.push({ ...fields, hash });
    prev = hash;
  }
  return { entries, head: { seq: n, hash: prev } };
}

describe('audit hash chain', () => {
  it('verifies an untouched chain and counts its entries', () => {
    const { entries, head } = chain(4);
    expect(verifyChain(entries, head, KEY)).toEqual({ intact: true, entries: 4 });
  });

  it('names the entry whose content was edited', () => {
    const { entries, head } = chain(4);
    entries[2] = { ...entries[2]!, detail: { changes: [] } };
    expect(verifyChain(entries, head, KEY)).toMatchObject({ intact: false, brokenAt: 3 });
  });

  it('notices an entry deleted from the middle', () => {
    const { entries, head } = chain(4);
    entries.splice(1, 1);
    expect(verifyChain(entries, head, KEY)).toMatchObject({ intact: false, brokenAt: 3 });
  });

  it('notices the newest entry deleted, through the head', () => {
    const { entries, head } = chain(4);
    entries.pop();
    expect(verifyChain(entries, head, KEY)).toMatchObject({ intact: false });
  });

  it('refuses a chain rehashed with another key, from its first entry', () => {
    const { entries, head } = chain(3);
    expect(verifyChain(entries, head, 'another key')).toMatchObject({
      intact: false,
      brokenAt: 1,
      reason: 'indholdet passer ikke til postens hash',
    });
  });

  it('notices the newest entries deleted and the head rewound, against a checkpoint', () => {
    const { entries, head } = chain(4);
    const checkpoint = signCheckpoint(head, KEY);
    const rewound = entries.slice(0, 2);
    const rewoundHead = { seq: 2, hash: rewound[1]!.hash };
    expect(verifyChain(rewound, rewoundHead, KEY)).toMatchObject({ intact: true });
    expect(verifyChain(rewound, rewoundHead, KEY, [checkpoint])).toMatchObject({
      intact: false,
      brokenAt: 3,
      reason: 'sporet er spolet tilbage: et underskrevet kontrolpunkt kender post nr. 4',
    });
  });

  it('refuses a checkpoint signed with another key', () => {
    const { entries, head } = chain(2);
    const forged = signCheckpoint({ seq: 9, hash: head.hash }, 'another key');
    expect(verifyChain(entries, head, KEY, [forged])).toMatchObject({
      intact: false,
      brokenAt: 9,
    });
  });

  it('hashes a date in an entry as the text it is stored as, so the entry verifies when read back', () => {
    const detail = { before: { updatedAt: new Date('2026-12-04T13:06:38.288Z'), version: 1 } };
    const readBack: unknown = JSON.parse(JSON.stringify(detail));
    expect(canonicalJson(detail)).toBe(canonicalJson(readBack));
    expect(canonicalJson(detail)).toBe(
      '{"before":{"updatedAt":"2026-12-04T13:06:38.288Z","version":1}}',
    );
  });

  it('hashes the same entry the same whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });
});

describe('audit hash chain, walked a page at a time', () => {
  it('gives the same verdict as one walk over all, and counts every entry after a break', () => {
    const { entries, head } = chain(7);
    entries[4] = { ...entries[4]!, action: 'proposal.create' };
    const walk = new ChainWalk(KEY);
    for (let i = 0; i < entries.length; i += 3) walk.add(entries.slice(i, i + 3));
    expect(walk.finish(head)).toEqual(verifyChain(entries, head, KEY));
    expect(walk.finish(head)).toMatchObject({ intact: false, entries: 7, brokenAt: 5 });
  });
});
