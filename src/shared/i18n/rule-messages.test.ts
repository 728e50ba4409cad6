import { describe, expect, it } from 'vitest';
import { copenhagen2026, investmentCase } from '../../domain/validation/fixtures.ts';
import { validateProposal, PROPOSAL_RULES, TABLE_RULES } from '../../domain/validation/index.ts';
import type { Kroner } from '../../domain/money.ts';
import { englishRuleMessage } from './rule-messages.ts';

describe('englishRuleMessage', () => {
  it('has English for every rule the domain runs', () => {
    for (const rule of [...PROPOSAL_RULES, ...TABLE_RULES]) {
      const issue = {
        ruleId: rule.id,
        severity: rule.severity,
        field: 'x',
        message: 'dansk',
        params: {},
      };
      expect(englishRuleMessage(issue, 'Title'), rule.id).not.toBe('dansk');
    }
  });

  it('says the year of a late payback and the limit, with amounts in Danish format', () => {
    const late = {
      ...investmentCase,
      stated: null,
      economy: {
        priceLevelYear: 2026,
        years: [2026, 2027, 2028, 2029, 2030, 2031, 2032],
        rows: [
          {
            label: 'IT',
            section: 'implementation' as const,
            area: 'service' as const,
            values: [3000000 as Kroner],
          },
          {
            label: 'Gevinst',
            section: 'lasting' as const,
            area: 'service' as const,
            values: [null, ...Array<Kroner>(6).fill(-500000 as Kroner)],
          },
        ],
      },
    };
    const [total] = validateProposal(late, copenhagen2026).filter(
      (i) => i.ruleId === 'payback-limit',
    );
    expect(englishRuleMessage(total!, null)).toBe(
      'Payback based on the total economy: the proposal pays back only in year 7, but an investment case must pay back within 6 years.',
    );
  });
});
