import { describe, expect, it } from 'vitest';
import { typedError } from './typed-error.ts';

const messages = { required: 'Skal udfyldes', unreadable: 'Skriv en dato' };

describe('typedError', () => {
  it('says nothing before the form has been tried, however wrong the text', () => {
    expect(typedError({ ...messages, tried: false, text: '', readable: false })).toBeUndefined();
  });

  it('asks for a value left empty once the form has been tried', () => {
    expect(typedError({ ...messages, tried: true, text: '', readable: false })).toBe(
      'Skal udfyldes',
    );
  });

  it("gives the form's own message for text it cannot read, and nothing for text it can", () => {
    expect(typedError({ ...messages, tried: true, text: 'i går', readable: false })).toBe(
      'Skriv en dato',
    );
    expect(
      typedError({ ...messages, tried: true, text: '1.12.2026', readable: true }),
    ).toBeUndefined();
  });
});
