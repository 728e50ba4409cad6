import { describe, expect, it } from 'vitest';
import { PROPOSAL_STATUSES } from '../proposal.ts';
import {
  availableSteps,
  canEdit,
  canView,
  nextSteps,
  refuseStep,
  STEPS,
  WORKFLOW,
  type Actor,
} from './index.ts';

const sofAuthor: Actor = { userId: 'a', role: 'author', administration: 'SOF' };
const bifAuthor: Actor = { userId: 'b', role: 'author', administration: 'BIF' };
const sofReviewer: Actor = { userId: 'r', role: 'reviewer', administration: 'SOF' };
const finance: Actor = { userId: 'f', role: 'finance', administration: null };
const secretariat: Actor = { userId: 's', role: 'secretariat', administration: null };
const reader: Actor = { userId: 'l', role: 'reader', administration: null };
const sofDraft = { status: 'draft', leadAdministration: 'SOF' } as const;

describe('workflow steps', () => {
  it('lets an author send their own forvaltning’s draft to finance approval, not another’s', () => {
    expect(refuseStep('request_finance_approval', sofAuthor, sofDraft, '')).toBeNull();
    expect(refuseStep('request_finance_approval', bifAuthor, sofDraft, '')?.reason).toBe('role');
  });

  it('lets only the finance approver approve, and only once it is ready for approval', () => {
    const ready = { ...sofDraft, status: 'ready_for_finance' } as const;
    expect(refuseStep('approve_finance', finance, ready, '')).toBeNull();
    expect(refuseStep('approve_finance', sofAuthor, ready, '')?.reason).toBe('role');
    expect(refuseStep('approve_finance', finance, sofDraft, '')?.reason).toBe('state');
  });

  it('requires a comment when a proposal is sent back', () => {
    const ready = { ...sofDraft, status: 'ready_for_finance' } as const;
    expect(refuseStep('return_to_author', finance, ready, '  ')?.reason).toBe('comment');
    expect(refuseStep('return_to_author', finance, ready, 'Tabel 1 mangler anlæg')).toBeNull();
  });

  it('gives every step that sends back or ends a proposal a required comment', () => {
    for (const step of ['return_to_author', 'reject', 'postpone', 'close'] as const) {
      expect(WORKFLOW[step].commentRequired).toBe(true);
    }
  });

  it('never leaves a status a proposal cannot get out of, except closed', () => {
    for (const status of PROPOSAL_STATUSES) {
      const open = nextSteps(status).filter(({ step }) => WORKFLOW[step].to !== null);
      expect(open.length === 0, status).toBe(status === 'closed');
    }
  });

  it('reaches every status from a draft', () => {
    const reached = new Set<string>(['draft']);
    for (let changed = true; changed;) {
      changed = false;
      for (const step of STEPS) {
        const { from, to } = WORKFLOW[step];
        if (to && !reached.has(to) && from.some((s) => reached.has(s))) {
          reached.add(to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...PROPOSAL_STATUSES].sort());
  });

  it('offers a reader no step at all', () => {
    for (const status of PROPOSAL_STATUSES) {
      expect(availableSteps(reader, { status, leadAdministration: 'SOF' })).toEqual([]);
    }
  });

  it('offers the secretariat the recommendation once a proposal is submitted', () => {
    const submitted = { ...sofDraft, status: 'submitted' } as const;
    expect(availableSteps(secretariat, submitted)).toEqual(
      expect.arrayContaining(['assign_round', 'recommend', 'not_recommend']),
    );
  });
});

describe('recommendations and decisions', () => {
  const submitted = { ...sofDraft, status: 'submitted' } as const;

  it('are the steps after submission, and only the secretariat takes them', () => {
    const decisions = STEPS.filter((step) => WORKFLOW[step].decision);
    expect(decisions).toEqual(['recommend', 'not_recommend', 'grant', 'reject', 'postpone']);
    for (const step of decisions) expect(WORKFLOW[step].roles).toEqual(['secretariat']);
    expect(refuseStep('recommend', sofAuthor, submitted, '')?.reason).toBe('role');
    expect(refuseStep('recommend', secretariat, submitted, '')).toBeNull();
  });

  it('decides only a recommended or not recommended proposal', () => {
    expect(refuseStep('grant', secretariat, submitted, '')?.reason).toBe('state');
    const recommended = { ...sofDraft, status: 'recommended' } as const;
    expect(refuseStep('grant', secretariat, recommended, '')).toBeNull();
    expect(refuseStep('postpone', secretariat, recommended, '')?.reason).toBe('comment');
  });

  it('lets a proposal postponed to a later round be recommended again there', () => {
    const postponed = { ...sofDraft, status: 'postponed' } as const;
    expect(refuseStep('recommend', secretariat, postponed, '')).toBeNull();
    expect(refuseStep('grant', secretariat, postponed, '')?.reason).toBe('state');
  });

  it('lets the secretariat change its recommendation until the decision', () => {
    const recommended = { ...sofDraft, status: 'recommended' } as const;
    expect(refuseStep('not_recommend', secretariat, recommended, 'Ikke modent')).toBeNull();
    const granted = { ...sofDraft, status: 'granted' } as const;
    expect(refuseStep('not_recommend', secretariat, granted, 'For sent')?.reason).toBe('state');
  });
});

describe('visibility and editing', () => {
  it('shows a draft to its own forvaltning and the central office, not to readers or others', () => {
    expect(canView(sofAuthor, sofDraft)).toBe(true);
    expect(canView(sofReviewer, sofDraft)).toBe(true);
    expect(canView(finance, sofDraft)).toBe(true);
    expect(canView(bifAuthor, sofDraft)).toBe(false);
    expect(canView(reader, sofDraft)).toBe(false);
  });

  it('shows readers a proposal from the moment it is submitted to a round', () => {
    expect(canView(reader, { ...sofDraft, status: 'in_hearing' })).toBe(false);
    expect(canView(reader, { ...sofDraft, status: 'submitted' })).toBe(true);
  });

  it('lets an author edit a draft but not once it has gone to finance approval', () => {
    expect(canEdit(sofAuthor, sofDraft)).toBe(true);
    expect(canEdit(sofAuthor, { ...sofDraft, status: 'ready_for_finance' })).toBe(false);
  });

  it('lets the secretariat correct a submitted proposal but not a recommended one', () => {
    expect(canEdit(secretariat, { ...sofDraft, status: 'submitted' })).toBe(true);
    expect(canEdit(secretariat, { ...sofDraft, status: 'recommended' })).toBe(false);
  });
});
