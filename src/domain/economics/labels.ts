import type { Kroner } from '../money.ts';
import type { Area } from '../proposal.ts';
import type { TableEvaluation } from './evaluate.ts';

const AREA_WORDS = new Map<string, Area>([
  ['service', 'service'],
  ['anlæg', 'anlaeg'],
  ['anlaeg', 'anlaeg'],
  ['efterspørgselsstyrede overførsler', 'overfoersler'],
  ['efterspørgselsstyret overførsel', 'overfoersler'],
  ['efterspørgselsstyrede', 'overfoersler'],
  ['efterspørgselsstyret', 'overfoersler'],
  ['overførsler', 'overfoersler'],
  ['finansposter', 'finans'],
  ['finans', 'finans'],
]);

/**
 * A styringsområde named as people type and templates print it ("Service", "Efterspørgsels-
 * styrede overførsler" hyphenated over two lines in a narrow cell, "Anlæg*" with a note mark),
 * for a spreadsheet, a pasted row or a subtotal's label; null for anything else.
 */
export function areaOfName(text: string): Area | null {
  const normal = text
    .toLowerCase()
    .replace(/\*/g, '')
    .replace(/(\p{L})-\s+(\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  return AREA_WORDS.get(normal) ?? null;
}

const SUBTOTAL = /^(samlet varig ændring|samlede? implementeringsomkostninger)(?:, (.+))?$/;

/**
 * The computed series behind a subtotal label as the template prints it ("Samlet varig ændring,
 * service", "Samlede implementeringsomkostninger", "Samlet økonomisk påvirkning"), so a
 * document's stated figures can be held against ours. Null for a label we do not compute, such
 * as "heraf nettoeffektivisering", whose split between areas the rows do not show.
 */
export function seriesForLabel(evaluation: TableEvaluation, label: string): Kroner[] | null {
  const normal = label.toLowerCase().replace(/\*/g, '').replace(/\s+/g, ' ').trim();
  if (normal === 'samlet økonomisk påvirkning') return evaluation.impact;
  const match = SUBTOTAL.exec(normal);
  if (!match) return null;
  const section = match[1] === 'samlet varig ændring' ? 'lasting' : 'implementation';
  const totals = evaluation.totals[section];
  if (match[2] === undefined) return totals.total;
  const area = areaOfName(match[2]);
  return area ? totals.byArea[area] : null;
}
