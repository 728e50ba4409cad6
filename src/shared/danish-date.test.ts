import { describe, expect, it } from 'vitest';
import { findDanishDate, parseDanishDate } from './danish-date.ts';

describe('parseDanishDate', () => {
  it('reads day.month.year with or without leading zeros', () => {
    expect(parseDanishDate('22.11.2026')).toBe('2026-11-22');
    expect(parseDanishDate(' 6.2.2025 ')).toBe('2025-02-06');
  });

  it('accepts dashes, slashes and the ISO form', () => {
    expect(parseDanishDate('22-11-2026')).toBe('2026-11-22');
    expect(parseDanishDate('22/11/2026')).toBe('2026-11-22');
    expect(parseDanishDate('2026-11-22')).toBe('2026-11-22');
  });

  it('reads a date as the documents write it, month in words', () => {
    expect(parseDanishDate('29. januar 2025')).toBe('2025-01-29');
    expect(parseDanishDate('13. dec. 2024')).toBe('2024-12-13');
  });

  it('refuses dates that do not exist', () => {
    expect(parseDanishDate('29.02.2025')).toBeNull();
    expect(parseDanishDate('31.04.2026')).toBeNull();
    expect(parseDanishDate('1. ma 2026')).toBeNull();
  });

  it('accepts the leap day of a leap year', () => {
    expect(parseDanishDate('29.02.2028')).toBe('2028-02-29');
  });

  it('refuses two-digit years and text', () => {
    expect(parseDanishDate('22.11.26')).toBeNull();
    expect(parseDanishDate('snart')).toBeNull();
  });
});

describe('findDanishDate', () => {
  it('finds the first real date in a line of a document, and where it is written', () => {
    expect(findDanishDate('Godkendt 20. jan. 2026 af CØ')).toEqual({
      iso: '2026-01-20',
      index: 9,
      length: 13,
    });
    expect(findDanishDate('Dato: 5. februar 2025')?.iso).toBe('2025-02-05');
    expect(findDanishDate('31-02-2026 eller 12.01.2026')?.iso).toBe('2026-01-12');
  });

  it('does not read a month and year or an amount as a date', () => {
    expect(findDanishDate('budget 2.2026')).toBeNull();
    expect(findDanishDate('i alt 1.200 kr.')).toBeNull();
  });
});
