import { describe, expect, it } from 'vitest';
import { waitsFor } from './inbox.ts';
import type { Actor, Role } from './roles.ts';

const as = (role: Role, administration: string | null = null): Actor => ({
  userId: 'u',
  role,
  administration,
});

describe('whose turn a proposal is (the inbox)', () => {
  it('gives a draft to its own forvaltning’s author and reviewer, not another’s', () => {
    const draft = { status: 'draft' as const, leadAdministration: 'SOF' };
    expect(waitsFor(as('author', 'SOF'), draft)).toBe(true);
    expect(waitsFor(as('reviewer', 'SOF'), draft)).toBe(true);
    expect(waitsFor(as('author', 'BIF'), draft)).toBe(false);
    expect(waitsFor(as('finance'), draft)).toBe(false);
  });

  it('gives one ready for finance to Center for Økonomi only, though others may send it back', () => {
    const ready = { status: 'ready_for_finance' as const, leadAdministration: 'SOF' };
    expect(waitsFor(as('finance'), ready)).toBe(true);
    expect(waitsFor(as('secretariat'), ready)).toBe(false);
    expect(waitsFor(as('reviewer', 'SOF'), ready)).toBe(false);
  });

  it('gives one in hearing to the hearing bodies, and a submitted one to the secretariat', () => {
    const heard = { status: 'in_hearing' as const, leadAdministration: 'SOF' };
    expect(waitsFor(as('hearing'), heard)).toBe(true);
    const submitted = { status: 'submitted' as const, leadAdministration: 'SOF' };
    expect(waitsFor(as('secretariat'), submitted)).toBe(true);
    expect(waitsFor(as('author', 'SOF'), submitted)).toBe(false);
    expect(waitsFor(as('reader'), submitted)).toBe(false);
  });
});
