// A row of amounts copied from Word or Excel arrives as text: Excel and Word tables separate
// cells with tabs, text from a PDF or an e-mail with spaces. Amounts are in Danish format
// (1.234; -942), and a lone dash is an empty cell, as the templates print one.

const DASHES = /^[-\u2212\u2013]$/;

/**
 * The cells of the first line of pasted text, or null when it holds a single value (which the
 * input then takes as an ordinary paste). With tabs, only tabs separate, so "- 2.950" stays one
 * cell; without, any run of spaces separates, and a lone dash is an empty cell.
 */
export function splitPastedRow(text: string): string[] | null {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const cells = line.includes('\t') ? line.split('\t') : line.trim().split(/[ \u00a0]+/);
  if (cells.length < 2) return null;
  return cells.map((cell) => {
    const trimmed = cell.trim();
    return DASHES.test(trimmed) ? '' : trimmed;
  });
}
