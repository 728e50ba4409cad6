import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDanishDate, formatDanishNumber, parseDanishNumber } from './danish-number.ts';

describe('parseDanishNumber', () => {
  it('reads thousands separated by dots, as Tabel 1 writes them', () => {
    expect(parseDanishNumber('1.234')).toBe(1234);
    expect(parseDanishNumber('33.350')).toBe(33350);
    expect(parseDanishNumber('1.234.567')).toBe(1234567);
  });
  it('reads a minus written with a space, a unicode minus or an en dash', () => {
    expect(parseDanishNumber('- 2.950')).toBe(-2950);
    expect(parseDanishNumber('\u2212300')).toBe(-300);
    expect(parseDanishNumber('\u2013942')).toBe(-942);
  });
  it('reads a decimal comma', () => {
    expect(parseDanishNumber('1.234,5')).toBe(1234.5);
    expect(parseDanishNumber('0,65')).toBe(0.65);
  });
  it('treats an empty cell and a lone dash as empty', () => {
    expect(parseDanishNumber('')).toBeNull();
    expect(parseDanishNumber('  ')).toBeNull();
    expect(parseDanishNumber('-')).toBeNull();
  });
  it('refuses text and misplaced separators instead of guessing', () => {
    expect(parseDanishNumber('abc')).toBeNaN();
    expect(parseDanishNumber('1.23')).toBeNaN();
    expect(parseDanishNumber('1,2,3')).toBeNaN();
  });
});

describe('formatDanishNumber', () => {
  it('groups thousands with dots and uses an ASCII minus', () => {
    expect(formatDanishNumber(1234567)).toBe('1.234.567');
    expect(formatDanishNumber(-942)).toBe('-942');
    expect(formatDanishNumber(-942.5)).toBe('-942,5');
  });
  it('reads back what it writes, for any amount with up to three decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (milli) => {
        const value = milli / 1000;
        expect(parseDanishNumber(formatDanishNumber(value))).toBe(value);
      }),
    );
  });
});

describe('formatDanishDate', () => {
  it('writes day.month.year', () => {
    expect(formatDanishDate('2026-11-22')).toBe('22.11.2026');
  });
});
