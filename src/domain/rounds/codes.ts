// The codes a round's proposals are known by in the appendix and the committees' papers (BC01,
// BC02, ..., seed 000). The secretariat gives them out in the order proposals came in; a code
// once given is never given again or changed, so adding or withdrawing a proposal leaves every
// other code as it was.

const PATTERN = /^BC(\d+)$/;

/** The number a code carries, or null for a code not of the round's form. */
export function codeNumber(code: string | null): number | null {
  const match = code === null ? null : PATTERN.exec(code.trim());
  return match ? Number(match[1]) : null;
}

/** `count` new codes following the highest of the round's codes; two digits at least. */
export function nextCodes(existing: readonly (string | null)[], count: number): string[] {
  const highest = Math.max(0, ...existing.map((code) => codeNumber(code) ?? 0));
  return Array.from({ length: count }, (_, i) => `BC${String(highest + i + 1).padStart(2, '0')}`);
}
