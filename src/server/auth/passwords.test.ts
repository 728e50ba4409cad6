import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

describe('local account passwords', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('demo');
    expect(await verifyPassword('demo', stored)).toBe(true);
    expect(await verifyPassword('Demo', stored)).toBe(false);
  });

  it('never stores the password itself, and salts each hash', async () => {
    const a = await hashPassword('demo');
    const b = await hashPassword('demo');
    expect(a).not.toContain('demo');
    expect(a).not.toBe(b);
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('demo', 'plain-text')).toBe(false);
  });
});
