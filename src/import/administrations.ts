// Forvaltninger are data: each municipality passes its own directory of codes and the names
// (current and former) its documents use. Names are matched forgivingly, because documents
// write them loosely ("Beskæftigelses-, Integration og ..." for "... Integrations- og ...").

export interface Administration {
  code: string;
  names: readonly string[];
}

export type AdministrationDirectory = readonly Administration[];

function letters(text: string): string {
  return text.toLocaleLowerCase('da').replace(/[^\p{L}]/gu, '');
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The code of the administration a written name refers to, or null. A code written as such
 * ("SOF") matches too. Names within a small edit distance (about one letter in fifteen) match,
 * so a dropped genitive s or a stray hyphen does not lose the forvaltning.
 */
export function matchAdministration(
  written: string,
  directory: AdministrationDirectory,
): string | null {
  const target = letters(written);
  if (target.length === 0) return null;
  let best: { code: string; distance: number } | null = null;
  for (const administration of directory) {
    if (letters(administration.code) === target && /^[\p{Lu}]+$/u.test(written.trim())) {
      return administration.code;
    }
    for (const name of administration.names) {
      const candidate = letters(name);
      const limit = Math.floor(Math.max(candidate.length, target.length) / 15);
      const distance = editDistance(candidate, target, limit);
      if (distance <= limit && (!best || distance < best.distance)) {
        best = { code: administration.code, distance };
      }
    }
  }
  return best?.code ?? null;
}

const SEPARATOR = /((?<!-\s*)\s*(?:,|;|\s&\s|\bog\b|\bsamt\b)\s*(?=\S))/u;

/**
 * The codes of the administrations a text lists ("Socialforvaltningen og Beskæftigelses- og
 * Integrationsforvaltningen"), and the names it could not match. "og" and commas usually
 * separate names, but also join the parts of one name, with or without a hyphen ("Beskæftigelses-,
 * Integration og Erhvervsforvaltningen"); so the longest run of parts that names a known
 * administration is taken first.
 */
export function resolveAdministrations(
  text: string,
  directory: AdministrationDirectory,
): { codes: string[]; unknown: string[] } {
  const pieces = text.split(SEPARATOR);
  const parts = pieces.filter((_, i) => i % 2 === 0);
  const joined = (from: number, to: number) =>
    pieces
      .slice(from * 2, to * 2 - 1)
      .join('')
      .replace(/[.:]+$/, '')
      .trim();
  const codes: string[] = [];
  const unknown: string[] = [];
  let i = 0;
  while (i < parts.length) {
    let matched = false;
    for (let j = parts.length; j > i; j--) {
      const code = matchAdministration(joined(i, j), directory);
      if (code) {
        if (!codes.includes(code)) codes.push(code);
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) {
      const name = joined(i, i + 1);
      if (name !== '') unknown.push(name);
      i++;
    }
  }
  return { codes, unknown };
}
