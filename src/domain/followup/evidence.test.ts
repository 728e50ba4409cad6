import { describe, expect, it } from 'vitest';
import { evidenceKind } from './evidence.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const zipWith = (entry: string) => bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0], entry, '...');

describe('the kind of an evidence file, by its content', () => {
  it('knows PDF, PNG and JPEG by their first bytes', () => {
    expect(evidenceKind(bytes('%PDF-1.7\n...'))).toBe('pdf');
    expect(evidenceKind(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(evidenceKind(bytes([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe('jpeg');
  });

  it('tells a Word document from a workbook inside the zip, and refuses any other zip', () => {
    expect(evidenceKind(zipWith('[Content_Types].xml word/document.xml'))).toBe('docx');
    expect(evidenceKind(zipWith('xl/workbook.xml'))).toBe('xlsx');
    expect(evidenceKind(zipWith('evil.exe'))).toBeNull();
  });

  it('takes CSV as UTF-8 text with a separator, with or without a BOM', () => {
    expect(evidenceKind(bytes('dato;antal\n2026-06-30;12\n'))).toBe('csv');
    expect(evidenceKind(new TextEncoder().encode('\uFEFFmåned,svar\nmaj,åtte\n'))).toBe('csv');
  });

  it('refuses a program, binary junk, text without a separator and an empty file', () => {
    expect(evidenceKind(bytes('MZ\x90\x00\x03'))).toBeNull();
    expect(evidenceKind(bytes([0xc3, 0x28, 0x3b]))).toBeNull();
    expect(evidenceKind(bytes('bare tekst\n'))).toBeNull();
    expect(evidenceKind(new Uint8Array())).toBeNull();
  });
});
