import type { ProposalContentInput } from '../../shared/proposal-schema.ts';
import { bc01AiTolk } from './proposals/bc01-ai-tolk.ts';
import { bc02DigitaltJobunivers } from './proposals/bc02-digitalt-jobunivers.ts';
import { bc39VisitationMentalSundhed } from './proposals/bc39-visitation-mental-sundhed.ts';
import { sofBifDatadeling } from './proposals/sof-bif-datadeling.ts';
import { tv01DigitaltSamtykke } from './proposals/tv01-digitalt-samtykke.ts';
import { udSi01Loeft } from './proposals/ud-si01-loeft.ts';

// The demo a new user explores first: the six proposals of the seed documents, written by us as
// data, and the Copenhagen reference data they point into (forvaltninger, committees and rounds
// by code or id).

export {
  demoAdministrations,
  demoCommittees,
  demoHearingBodies,
  demoPools,
  demoPriceIndices,
  demoRoundOverviews,
  demoRounds,
  demoSubmissionRules,
} from './reference.ts';
export type {
  DemoAdministration,
  DemoCommittee,
  DemoHearingBody,
  DemoPool,
  DemoPriceIndex,
  DemoRound,
  DemoRoundKind,
  DemoRoundOverview,
  DemoRoundOverviewEntry,
  DemoSubmissionRules,
} from './reference.ts';

export {
  bc01AiTolk,
  bc02DigitaltJobunivers,
  bc39VisitationMentalSundhed,
  sofBifDatadeling,
  tv01DigitaltSamtykke,
  udSi01Loeft,
};

export const demoProposals: ProposalContentInput[] = [
  bc01AiTolk,
  bc02DigitaltJobunivers,
  bc39VisitationMentalSundhed,
  udSi01Loeft,
  tv01DigitaltSamtykke,
  sofBifDatadeling,
];
