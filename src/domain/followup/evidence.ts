// Evidence attached to a follow-up goal (a report, a survey result): the type is decided by the
// file's content, not its name or the browser's claim, so a renamed program is refused. Office
// files are zip archives whose first entry names tell a document from a workbook.

export const EVIDENCE_KINDS = ['pdf', 'docx', 'xlsx', 'png', 'jpeg', 'csv'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_MEDIA_TYPES: Record<EvidenceKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
  csv: 'text/csv',
};

/** Evidence is a report or a result, not an archive: 5 MB holds a long PDF report. */
export const EVIDENCE_LIMIT_BYTES = 5 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Whether the bytes hold `needle` (a zip entry's name is stored as plain text in its header). */
function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Text of a spreadsheet export: valid UTF-8, no control characters, a separator on line 1. */
function isCsv(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  if (text.length === 0 || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) {
    return false;
  }
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return /[;,\t]/.test(first);
}

/** The kind of evidence the bytes are, or null when they are none of the accepted kinds. */
export function evidenceKind(bytes: Uint8Array): EvidenceKind | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (contains(bytes, ascii('word/document.xml'))) return 'docx';
    if (contains(bytes, ascii('xl/workbook.xml'))) return 'xlsx';
    return null;
  }
  return isCsv(bytes) ? 'csv' : null;
}
