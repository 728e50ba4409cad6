import type { Kroner } from '../money.ts';
import type { EconomicRow, ProposalKind } from '../proposal.ts';

const grouping = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/** 1234567 -> "1.234.567 kr."; documents and forms write the minus as an ASCII hyphen. */
export function kr(value: Kroner | number): string {
  return `${grouping.format(value).replace('\u2212', '-')} kr.`;
}

export const KIND_NAMES: Record<ProposalKind, string> = {
  foranalyse: 'en foranalyse',
  innovationsforslag: 'et innovationsforslag',
  investeringsforslag: 'et investeringsforslag',
};

export function rowName(row: EconomicRow, index: number): string {
  const label = row.label.trim();
  return label === '' ? `række ${index + 1}` : `rækken "${label}" (række ${index + 1})`;
}

export function yearName(years: readonly number[], column: number): string {
  const year = years[column];
  return year === undefined ? `kolonne ${column + 1}` : String(year);
}
