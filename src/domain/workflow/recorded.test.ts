import { describe, expect, it } from 'vitest';
import { investmentCase } from '../validation/fixtures.ts';
import { financeApprovalStands, refusedRecordedChange } from './recorded.ts';

const draft = {
  ...investmentCase,
  code: null,
  roundId: null,
  financeApproval: { approved: null, date: null, note: '' },
  hearings: [{ body: 'IT-kredsen', heard: null, date: null, answer: '' }],
};

describe('what a save may not write', () => {
  it('refuses a Tabel 4 approval from anyone, the secretariat included', () => {
    const approved = {
      ...draft,
      financeApproval: { approved: true, date: '2026-01-02', note: '' },
    };
    expect(refusedRecordedChange(draft, approved, ['author'])?.field).toBe('financeApproval');
    expect(refusedRecordedChange(draft, approved, ['secretariat'])?.field).toBe('financeApproval');
    expect(refusedRecordedChange(null, approved, ['secretariat'])?.field).toBe('financeApproval');
  });

  it('lets a save plan hearings but not answer them', () => {
    const planned = {
      ...draft,
      hearings: [...draft.hearings, { body: 'MED-udvalg', heard: null, date: null, answer: '' }],
    };
    expect(refusedRecordedChange(draft, planned, ['author'])).toBeNull();
    const answered = {
      ...draft,
      hearings: [{ body: 'IT-kredsen', heard: true, date: null, answer: '' }],
    };
    expect(refusedRecordedChange(draft, answered, ['author'])?.field).toBe('hearings');
  });

  it('leaves code and round to the secretariat', () => {
    const placed = { ...draft, code: 'BC01', roundId: 'ofs-2026' };
    expect(refusedRecordedChange(draft, placed, ['author'])?.field).toBe('code');
    expect(refusedRecordedChange(draft, placed, ['author', 'secretariat'])).toBeNull();
  });

  it('refuses a change to what an imported source stated in its Tabel 4', () => {
    const stated = { payback: { service: null, total: null }, totals: [] };
    const before = {
      ...draft,
      stated: { ...stated, financeApproval: { approved: false, date: null, note: '' } },
    };
    const after = {
      ...draft,
      stated: { ...stated, financeApproval: { approved: true, date: null, note: '' } },
    };
    expect(refusedRecordedChange(before, after, ['secretariat'])?.field).toBe(
      'stated.financeApproval',
    );
  });
});

describe('whether the finance approval stands', () => {
  it('stands only after an approve_finance step not followed by a return to the author', () => {
    expect(financeApprovalStands([])).toBe(false);
    expect(financeApprovalStands(['request_finance_approval', 'approve_finance'])).toBe(true);
    expect(financeApprovalStands(['approve_finance', 'send_to_hearing', 'return_to_author'])).toBe(
      false,
    );
    expect(financeApprovalStands(['approve_finance', 'return_to_author', 'approve_finance'])).toBe(
      true,
    );
  });
});
