import { readFixture } from '../../import/test-generations.ts';

/**
 * The 2018-2021 appendix of a budget round: an overview (bilag) of four proposals, then the four,
 * and the overview alone. The round is named for `year`, so each run can have a round of its
 * own: PostgreSQL's test database is shared with earlier runs, and codes start over each round.
 */
export function budgetAppendix(year: number): { whole: string; overviewAlone: string } {
  const whole = readFixture('investeringsforslag-2020-bilag.txt').replaceAll(
    'Budget 2021',
    `Budget ${year}`,
  );
  const last = '* Tværgående forslag';
  return { whole, overviewAlone: whole.slice(0, whole.indexOf(last) + last.length) };
}
