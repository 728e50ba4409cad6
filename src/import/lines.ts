// Text as PDF extraction leaves it: one physical line per printed line, words hyphenated at the
// margin, empty lines that are mere line spacing and whitespace-only lines that end paragraphs.

export interface SourceLine {
  /** 1-based line number in the document. */
  readonly no: number;
  /** The line as extracted, tabs widened so whitespace still tells columns apart. */
  readonly raw: string;
  /** Trimmed, inner whitespace collapsed. */
  readonly text: string;
}

/** Same line endings and spaces everywhere; invisible control characters dropped. */
export function normaliseDocument(input: string): string {
  return (
    input
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/\f/g, '\n')
      .replace(/[\u00a0\u2007\u202f]/g, ' ')
      // A tab stands for a column gap; three spaces is what the table reader treats as one.
      .replace(/\t/g, '   ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
  );
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function toLines(document: string): SourceLine[] {
  return document.split('\n').map((raw, i) => ({ no: i + 1, raw, text: collapse(raw) }));
}

export const isBlank = (line: SourceLine): boolean => line.text === '';

/** A page's number, printed wherever the page broke: "Side 12 af 16", "3 / 4". */
export const PAGE_NUMBER =
  /^(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|\/)\s*\d{1,4})?$|^\d{1,4}\s*(?:af|\/)\s*\d{1,4}$/i;

/**
 * Splits lines into paragraphs. A single empty line is line spacing (some extractions put one
 * after every printed line); a run of two or more, or one holding spaces, ends a paragraph.
 */
export function paragraphs(lines: readonly SourceLine[]): SourceLine[][] {
  const result: SourceLine[][] = [];
  let current: SourceLine[] = [];
  let blanks: SourceLine[] = [];
  const endsParagraph = () => blanks.length >= 2 || blanks.some((line) => line.raw.length > 0);
  for (const line of lines) {
    if (isBlank(line)) {
      blanks.push(line);
      continue;
    }
    if (current.length > 0 && endsParagraph()) {
      result.push(current);
      current = [];
    }
    blanks = [];
    current.push(line);
  }
  if (current.length > 0) result.push(current);
  return result;
}

const BULLET = /^[•●▪◦·\-–\u2022\uFFFD]\s+/;
// After these a hyphen at the end of a line is a real one ("social- og sundhedsfaglig").
const CONJUNCTION = /^(og|eller|samt|til|som|m\.fl\.?)\b/;

/**
 * Joins printed lines into running text: a word hyphenated at the margin ("beskæfti-" +
 * "gelses") is made whole again, a hyphen after a capital or digit ("AI-" + "tolk") or before a
 * conjunction ("social-" + "og") is kept, and a bullet starts a new line.
 */
export function joinLines(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    const text = collapse(part);
    if (text === '') continue;
    if (out === '') {
      out = text;
    } else if (BULLET.test(text)) {
      out += '\n' + text;
    } else {
      const hyphenated = /(\S*)(\p{L})-$/u.exec(out);
      const nextWord = /^\p{Ll}/u.test(text);
      if (hyphenated && nextWord && !CONJUNCTION.test(text)) {
        const before = hyphenated[2]!;
        // A word already joined by hyphens keeps its last one ("skole-hjem-" + "samarbejdet").
        const compound = hyphenated[1]!.includes('-');
        out = /\p{Lu}|\d/u.test(before) || compound ? out + text : out.slice(0, -1) + text;
      } else {
        out += ' ' + text;
      }
    }
  }
  return out;
}

/** Running text of lines, paragraphs kept apart by an empty line. */
export function prose(lines: readonly SourceLine[]): string {
  return paragraphs(lines)
    .map((paragraph) => joinLines(paragraph.map((line) => line.text)))
    .filter((text) => text !== '')
    .join('\n\n');
}

/** Up to `max` characters of the lines, for showing a reviewer what could not be read. */
export function excerpt(lines: readonly SourceLine[], max = 240): string {
  const text = lines
    .map((line) => line.text)
    .filter((text) => text !== '')
    .join(' / ');
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
