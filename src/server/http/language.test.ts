import { describe, expect, it } from 'vitest';
import { languageFor } from './language.ts';

describe('languageFor', () => {
  it('speaks Danish to a client that asks for nothing or only for languages the app lacks', () => {
    expect(languageFor(undefined)).toBe('da');
    expect(languageFor('')).toBe('da');
    expect(languageFor('fr-FR, de;q=0.8')).toBe('da');
    expect(languageFor('*')).toBe('da');
  });

  it('speaks English to a client that prefers it, by its region or not', () => {
    expect(languageFor('en')).toBe('en');
    expect(languageFor('en-GB,en;q=0.9,da;q=0.5')).toBe('en');
    expect(languageFor('fr, en-US;q=0.7')).toBe('en');
  });

  it('chooses by the weights, not the order, and never a language weighted 0', () => {
    expect(languageFor('en;q=0.3, da;q=0.9')).toBe('da');
    expect(languageFor('DA;q=0.2, EN')).toBe('en');
    expect(languageFor('en;q=0')).toBe('da');
  });
});
