import type { SeedData } from '../seed/seed.ts';
import {
  demoAdministrations,
  demoCommittees,
  demoHearingBodies,
  demoPools,
  demoPriceIndices,
  demoProposals,
  demoRounds,
  demoSubmissionRules,
} from './index.ts';
import { demoRoundSetups } from './rounds.ts';

/** Everything the embedded start loads on first start, and the benchmarks build their archive on. */
export const demoSeedData: SeedData = {
  administrations: demoAdministrations,
  committees: demoCommittees,
  rounds: demoRounds,
  hearingBodies: demoHearingBodies,
  submissionRules: demoSubmissionRules,
  pools: demoPools,
  priceIndices: demoPriceIndices,
  proposals: demoProposals,
  roundSetups: demoRoundSetups,
};
