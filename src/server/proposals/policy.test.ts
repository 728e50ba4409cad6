import { describe, expect, it } from 'vitest';
import type { SignedInUser } from '../auth/actor.ts';
import { auditPolicy } from '../audit/policy.ts';
import { proposalPolicy } from './policy.ts';

const user = (roles: SignedInUser['roles']): SignedInUser => ({
  id: 'u',
  username: 'u',
  name: 'U',
  roles,
});
const sofAuthor = user([{ role: 'author', administration: 'SOF' }]);
const bifReviewerAndReader = user([
  { role: 'reviewer', administration: 'BIF' },
  { role: 'reader', administration: null },
]);
const sofDraft = { status: 'draft', leadAdministration: 'SOF' } as const;
const sofSubmitted = { status: 'submitted', leadAdministration: 'SOF' } as const;

describe('proposal policy', () => {
  it('lets nobody who is not signed in read, list, create or edit', () => {
    expect(proposalPolicy.read(null, sofSubmitted)).toBe(false);
    expect(proposalPolicy.list(null)).toBe(false);
    expect(proposalPolicy.create(null, 'SOF')).toBe(false);
    expect(proposalPolicy.update(null, sofDraft)).toBe(false);
  });

  it('lets an author edit their own forvaltning’s draft, not another forvaltning’s', () => {
    expect(proposalPolicy.update(sofAuthor, sofDraft)).toBe(true);
    expect(proposalPolicy.update(sofAuthor, { ...sofDraft, leadAdministration: 'BIF' })).toBe(
      false,
    );
  });

  it('allows what any one of a user’s roles allows: a BIF reviewer who also reads', () => {
    expect(proposalPolicy.read(bifReviewerAndReader, sofDraft)).toBe(false);
    expect(proposalPolicy.read(bifReviewerAndReader, sofSubmitted)).toBe(true);
    expect(proposalPolicy.update(bifReviewerAndReader, sofSubmitted)).toBe(false);
  });

  it('shows the history to exactly those who may read the proposal', () => {
    expect(proposalPolicy.history(sofAuthor, sofDraft)).toBe(true);
    expect(proposalPolicy.history(bifReviewerAndReader, sofDraft)).toBe(false);
  });

  it('offers submission only after the finance approval, and never the approval to the author', () => {
    expect(proposalPolicy.step(sofAuthor, sofDraft, 'submit')).toBe(false);
    expect(
      proposalPolicy.step(sofAuthor, { ...sofDraft, status: 'finance_approved' }, 'submit'),
    ).toBe(true);
    expect(
      proposalPolicy.step(
        sofAuthor,
        { ...sofDraft, status: 'ready_for_finance' },
        'approve_finance',
      ),
    ).toBe(false);
  });
});

describe('audit policy', () => {
  it('lets the central roles verify the whole log, not an author or someone signed out', () => {
    expect(auditPolicy.verify(user([{ role: 'finance', administration: null }]))).toBe(true);
    expect(auditPolicy.verify(bifReviewerAndReader)).toBe(true);
    expect(auditPolicy.verify(sofAuthor)).toBe(false);
    expect(auditPolicy.verify(null)).toBe(false);
  });
});
