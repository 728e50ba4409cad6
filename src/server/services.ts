import type { DataAccess } from './data-access.ts';
import { documentService } from './documents/service.ts';
import { proposalService } from './proposals/service.ts';

/** The verbs the HTTP routes call; each route calls one. */
export function services(access: DataAccess) {
  return {
    ...proposalService(access),
    ...documentService(access),
    listAdministrations: () => access.reference.administrations(),
    listCommittees: () => access.reference.committees(),
    listRounds: () => access.reference.rounds(),
    listHearingBodies: () => access.reference.hearingBodies(),
    checkHealth: () => access.ping(),
  };
}

export type Services = ReturnType<typeof services>;
