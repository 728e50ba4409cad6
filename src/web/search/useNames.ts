import { useAdministrations, useRounds } from '../api/queries.ts';

/** The names of forvaltninger and rounds by code, falling back to the code until they load. */
export function useNames() {
  const administrations = new Map((useAdministrations().data ?? []).map((a) => [a.code, a.name]));
  const rounds = new Map((useRounds().data ?? []).map((r) => [r.id, r.name]));
  return {
    administration: (code: string) => administrations.get(code) ?? code,
    /** "Socialforvaltningen (SOF)", for choices where the code helps tell them apart. */
    administrationWithCode: (code: string) =>
      administrations.has(code) ? `${administrations.get(code)} (${code})` : code,
    round: (id: string) => rounds.get(id) ?? id,
  };
}
