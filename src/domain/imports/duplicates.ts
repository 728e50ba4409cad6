// A proposal read from a document may already be in the system: the same document imported
// twice, or the same proposal sent in again. Such a reading is held, not saved, until the
// reviewer says whether to skip it or create it anyway: a code is the same proposal within its
// round (codes start over each round), and near-identical titles count within the same
// forvaltning too, whatever the codes say.

export interface ProposalIdentity {
  id: string;
  code: string | null;
  title: string;
  leadAdministration: string | null;
  /** The round it belongs to, by name ("OFS 2024-2025"); null when not known. */
  round: string | null;
  /** The round the document it was imported from named, if it was imported. */
  importedRound?: string | null;
}

export type DuplicateReason = 'same-code' | 'same-title';

export interface PossibleDuplicate {
  id: string;
  code: string | null;
  title: string;
  reason: DuplicateReason;
}

function words(text: string): string[] {
  return text.toLocaleLowerCase('da').match(/\p{L}+|\d+/gu) ?? [];
}

/** Share of the word pairs two titles have in common (Dice), 1 for identical wording. */
export function titleLikeness(a: string, b: string): number {
  const pairs = (text: string) => {
    const w = words(text);
    if (w.length === 1) return [w[0]!];
    return w.slice(1).map((word, i) => `${w[i]} ${word}`);
  };
  const left = pairs(a);
  const right = pairs(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = [...right];
  let shared = 0;
  for (const pair of left) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Titles at least this alike are taken for one proposal written twice. */
export const NEAR_IDENTICAL = 0.8;

/** The words a round's name is written with, for its kind: the short forms stand for them. */
const ROUND_WORDS: [RegExp, string][] = [
  [/^overf\p{L}*$/u, 'ofs'],
  [/^budget\p{L}*$/u, 'b'],
];

/**
 * A round's name reduced to its kind and years: "OFS 2024-2025", "Overførselssagen 2024-25",
 * "ofs 2024–2025" give the same; "B2027" and "Budget 2027" too.
 */
function roundKey(round: string): string {
  const parts = round.toLocaleLowerCase('da').match(/\p{L}+|\d+/gu) ?? [];
  const key: string[] = [];
  for (const part of parts) {
    const word = ROUND_WORDS.find(([pattern]) => pattern.test(part))?.[1] ?? part;
    const previous = key.at(-1);
    // "2024-25": the second year written short.
    if (/^\d{2}$/.test(word) && previous && /^\d{4}$/.test(previous)) {
      key.push(previous.slice(0, 2) + word);
    } else {
      key.push(word);
    }
  }
  return key.join(' ');
}

/** Whether two names (or two unknowns) are the same round. */
export function sameRound(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return roundKey(a) === roundKey(b);
}

/** Whether two codes are one, however spaced or cased ("BUF 11" = "buf11"). */
export const sameCode = (a: string | null, b: string | null) =>
  a !== null &&
  b !== null &&
  a.replaceAll(/\s/g, '').toUpperCase() === b.replaceAll(/\s/g, '').toUpperCase();

/**
 * Two codes of one round name two proposals, however alike their titles: the secretariat gives
 * each proposal of a round its own code (a round's list may hold "Digital visitation" twice).
 * A round not known on either side is taken for the same one; a proposal sent in again comes in
 * a later round, under that round's code.
 */
const codedApart = (a: Omit<ProposalIdentity, 'id'>, b: ProposalIdentity) => {
  const roundsDiffer = a.round !== null && b.round !== null && !sameRound(a.round, b.round);
  return a.code !== null && b.code !== null && !sameCode(a.code, b.code) && !roundsDiffer;
};

export function possibleDuplicates(
  candidate: Omit<ProposalIdentity, 'id'>,
  existing: readonly ProposalIdentity[],
): PossibleDuplicate[] {
  const found: PossibleDuplicate[] = [];
  for (const other of existing) {
    const { id, code, title } = other;
    if (sameCode(candidate.code, code) && sameRound(candidate.round, other.round)) {
      found.push({ id, code, title, reason: 'same-code' });
    } else if (
      candidate.leadAdministration === other.leadAdministration &&
      !codedApart(candidate, other) &&
      titleLikeness(candidate.title, title) >= NEAR_IDENTICAL
    ) {
      found.push({ id, code, title, reason: 'same-title' });
    }
  }
  return found;
}
