// The figures at the end of a line of Tabel 1, as extraction leaves them. Some are ambiguous:
// a dash right before a figure is a minus sign set apart ("- 800") or an empty cell; a dash or a
// bullet before a subtotal's figures fills its styringsområde cell or is an empty year; two
// figures may be glued into one token ("-1.600-1.600", "1.2002.400"). The likeliest reading
// comes first, the others ride along as alternatives, and placement.ts keeps the one that the
// document's own subtotals and paybacks agree with.

export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * What an alternative reading says, for telling the reviewer which was chosen: the dash is an
 * empty year rather than a minus sign, the dash or mark is no year at all but fills the
 * styringsområde cell, the mark is an empty year after all, or the glued figures split otherwise.
 */
export type AlternativeReason = 'empty-not-minus' | 'separator' | 'empty-year' | 'glued';

export interface TailAlternative {
  /** How many cells of the default reading, from this one on, the alternative replaces. */
  span: number;
  cells: Token[];
  reason: AlternativeReason;
}

export interface TailCell extends Token {
  alternatives?: TailAlternative[];
}

export interface Tail {
  /** The line up to its first figure. */
  text: string;
  cells: TailCell[];
  /** Spaces after the last figure. */
  trail: number;
  /** The last figure may continue on the next line ("1.40" / "0", or a lone "-"). */
  cut: boolean;
}

// The minus signs documents use: hyphen, en dash, the minus sign, and the Danish "÷".
const SIGN = '[-−–÷]';
const BODY = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?`;
export const NUMBER = new RegExp(`^${SIGN}?${BODY}$`, 'u');
// A number cut at the end of a line, its last digits on the next one ("1.40" / "0").
const CUT_NUMBER = new RegExp(String.raw`^${SIGN}?\d{1,3}(?:\.\d{3})*\.\d{1,2}$`, 'u');
const DASH = /^[-−–÷]$/u;
// Marks some templates print in a subtotal's styringsområde cell, never a figure.
export const PLACEHOLDER = /^[▪•·■□◦∙…]$|^\.{1,3}$/u;
// A number after these belongs to the label ("Besparelse på § 107").
const LABEL_NUMBER_BEFORE = /(§|nr\.|stk\.|kap\.|pkt\.)$/i;
// One figure of a glued token: a sign, then digits grouped by thousands (no leading zero).
const PIECE = new RegExp(String.raw`^${SIGN}?(?:0|[1-9]\d{0,2}(?:\.\d{3})*)(?:,\d{1,2})?`, 'u');

/**
 * The ways a token that is no number splits into figures, fewest pieces first; empty when it
 * is not figures glued together.
 */
export function unglue(text: string): string[][] {
  if (NUMBER.test(text) || text.length > 40) return [];
  const splits: string[][] = [];
  const walk = (rest: string, pieces: string[]) => {
    if (rest === '') {
      if (pieces.length >= 2) splits.push(pieces);
      return;
    }
    for (let length = rest.length; length >= 1; length--) {
      const head = rest.slice(0, length);
      if (PIECE.exec(head)?.[0] !== head) continue;
      // A piece is followed by a sign or a digit, never by the dot or comma of its own figure.
      if (/^[.,]/.test(rest.slice(length))) continue;
      walk(rest.slice(length), [...pieces, head]);
    }
  };
  walk(text, []);
  const fewest = Math.min(...splits.map((split) => split.length));
  return splits.filter((split) => split.length === fewest);
}

const isFigure = (token: Token | undefined): boolean =>
  token !== undefined &&
  (NUMBER.test(token.text) || DASH.test(token.text) || unglue(token.text).length > 0);

function tokensOf(raw: string): Token[] {
  return [...raw.matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The pieces of a glued token as tokens, each at its place in the line. */
function piecesAt(token: Token, pieces: readonly string[]): Token[] {
  let at = token.start;
  return pieces.map((text) => {
    const piece = { text, start: at, end: at + text.length };
    at += text.length;
    return piece;
  });
}

/** Splits a line into its text and the figures at its end. */
export function splitTail(raw: string): Tail {
  const tokens = tokensOf(raw);
  const cells: TailCell[] = [];
  let cut = false;
  let k = tokens.length - 1;
  for (; k >= 0; k--) {
    const token = tokens[k]!;
    const glued = unglue(token.text);
    if (NUMBER.test(token.text)) {
      cells.unshift({ ...token });
    } else if (k === tokens.length - 1 && CUT_NUMBER.test(token.text)) {
      cells.unshift({ ...token });
      cut = true;
    } else if (glued.length > 0) {
      const [first, ...others] = glued.map((pieces) => piecesAt(token, pieces));
      const head: TailCell = { ...first![0]! };
      if (others.length > 0) {
        head.alternatives = others.map((cells) => ({
          span: first!.length,
          cells,
          reason: 'glued',
        }));
      }
      cells.unshift(head, ...first!.slice(1));
    } else if (DASH.test(token.text)) {
      const right = cells[0];
      if (right && right.start - token.end <= 1 && !/^[-−–÷]/u.test(right.text)) {
        // "- 2.950": most likely a minus sign set apart, but it may be an empty cell.
        cells[0] = {
          text: '-' + right.text,
          start: token.start,
          end: right.end,
          alternatives: [
            { span: 1, cells: [{ ...token }, { ...right }], reason: 'empty-not-minus' },
          ],
        };
      } else {
        cells.unshift({ ...token });
        // A line that ends in a lone minus may be a negative number wrapped onto the next line.
        if (k === tokens.length - 1) cut = true;
      }
    } else if (PLACEHOLDER.test(token.text) && cells.length > 0 && isFigure(tokens[k - 1])) {
      // Between figures a placeholder marks an empty year.
      cells.unshift({ ...token });
    } else if (PLACEHOLDER.test(token.text) && cells.length > 0) {
      // Before the figures it fills the styringsområde cell; it may also stand for an empty year.
      const first = cells[0]!;
      cells[0] = {
        ...first,
        alternatives: [
          ...(first.alternatives ?? []),
          {
            span: 1,
            cells: [{ ...token }, { text: first.text, start: first.start, end: first.end }],
            reason: 'empty-year',
          },
        ],
      };
    } else {
      break;
    }
  }
  const before = tokens[k];
  if (before && cells.length > 0 && LABEL_NUMBER_BEFORE.test(before.text)) {
    cells.shift();
    k++;
  }
  // A dash between the label and the figures may be a separator or a placeholder, not a year.
  const first = cells[0];
  if (k >= 0 && first && DASH.test(first.text) && cells.length > 1) {
    first.alternatives = [{ span: 1, cells: [], reason: 'separator' }];
  } else if (k >= 0 && first?.alternatives?.[0]?.reason === 'empty-not-minus') {
    const figure = first.alternatives[0].cells[1]!;
    first.alternatives.push({ span: 1, cells: [figure], reason: 'separator' });
  }
  const textEnd = k >= 0 ? tokens[k]!.end : 0;
  const last = cells[cells.length - 1];
  return {
    text: raw.slice(0, textEnd),
    cells,
    trail: last ? raw.length - last.end : 0,
    cut: cut && cells.length > 0 && cells[cells.length - 1]!.text === tokens.at(-1)?.text,
  };
}
