import type { Risk, RiskLevel } from '../domain/proposal.ts';
import { isBlank, prose, type SourceLine } from './lines.ts';

// Section 5: an overall risk level, and in some proposals named risks that each end with
// "Risikovurdering: <level>".

const LEVEL_WORDS = String.raw`(lav|middel|mellem|moderat|høj)(?:\s*(?:til|[-–])\s*(lav|middel|mellem|moderat|høj))?`;

function level(first: string, second: string | undefined): RiskLevel | null {
  const one = (word: string): number => {
    const w = word.toLowerCase();
    if (w === 'lav') return 0;
    if (w === 'høj') return 2;
    return 1;
  };
  const a = one(first);
  const b = second === undefined ? a : one(second);
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  if (lo === hi) return lo === 0 ? 'lav' : lo === 1 ? 'middel' : 'hoej';
  if (lo === 0 && hi === 1) return 'lav-middel';
  if (lo === 1 && hi === 2) return 'middel-hoej';
  return null;
}

/** Reads a written level: "Lav", "lav til mellem", "Lav–middel", "moderat". */
export function readRiskLevel(text: string): RiskLevel | null {
  const match = new RegExp(`^\\s*${LEVEL_WORDS}\\b`, 'i').exec(text);
  return match ? level(match[1]!, match[2]) : null;
}

// "Forslagets risiko vurderes som lav til mellem", "den samlede risikoprofil til at være lav",
// "Det samlede risikoniveau vurderes som moderat"; sentences on the overall level come first.
const STATED_LEVEL = new RegExp(
  String.raw`(?:\bsom|\bvære|\btil|:)\s+` + LEVEL_WORDS + String.raw`\b`,
  'i',
);

function overallLevel(narrative: string): RiskLevel | null {
  const sentences = narrative.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/);
  const about = sentences.filter((sentence) => /risiko/i.test(sentence));
  const ordered = [
    ...about.filter((sentence) => /samlede?\s+risiko/i.test(sentence)),
    ...about.filter((sentence) => !/samlede?\s+risiko/i.test(sentence)),
  ];
  for (const sentence of ordered) {
    const match = STATED_LEVEL.exec(sentence);
    if (match) return level(match[1]!, match[2]);
  }
  return readRiskLevel(sentences[0] ?? '');
}

const MARKER = /^risikovurdering\s*:\s*(.*)$/i;

function headingLike(line: SourceLine, previous: SourceLine | undefined): boolean {
  const text = line.text;
  return (
    text.length <= 80 &&
    /^\p{Lu}/u.test(text) &&
    !/[.:;,]$/.test(text) &&
    (previous === undefined || /[.!?:]$/.test(previous.text))
  );
}

export interface RiskReading {
  level: RiskLevel | null;
  narrative: string;
  risks: Risk[];
}

export function readRisks(lines: readonly SourceLine[]): RiskReading {
  const text = lines.filter((line) => !isBlank(line));
  const markers = text.flatMap((line, i) => (MARKER.test(line.text) ? [i] : []));
  const risks: Risk[] = [];
  let introEnd = text.length;
  let from = 0;
  for (const marker of markers) {
    const part = text.slice(from, marker);
    let headingAt = 0;
    if (from === 0) {
      // The first risk's heading is the last heading-like line before its text.
      headingAt = -1;
      for (let i = part.length - 1; i >= 0; i--) {
        if (headingLike(part[i]!, part[i - 1])) {
          headingAt = i;
          break;
        }
      }
      introEnd = headingAt >= 0 ? headingAt : 0;
    }
    const heading = headingAt >= 0 ? part[headingAt] : undefined;
    const body = part.slice(headingAt >= 0 ? headingAt + 1 : 0);
    risks.push({
      name: heading?.text ?? '',
      level: readRiskLevel(MARKER.exec(text[marker]!.text)![1]!),
      mitigation: prose(body),
    });
    from = marker + 1;
  }
  const cut = markers.length > 0 ? lines.indexOf(text[introEnd]!) : lines.length;
  const narrative = prose(lines.slice(0, cut < 0 ? lines.length : cut));
  return {
    level: overallLevel(narrative),
    narrative,
    risks,
  };
}
