import type { Actor } from './roles.ts';
import { WORKFLOW } from './transitions.ts';
import { canCreate } from './visibility.ts';

// The permissions that are not about one proposal: what a role may do across the system. The
// API's policies and the web app's menus and buttons both ask these, so a button is shown
// exactly when the API would take the action.

/** Whether the actor may start a proposal for some forvaltning ("Nyt forslag"). */
export function canCreateAny(actor: Actor): boolean {
  return actor.role === 'secretariat' || canCreate(actor, actor.administration);
}

/**
 * An import reads a document of earlier proposals from every forvaltning and makes drafts of
 * them, so it is the pool secretariat's work.
 */
export function canManageImports(actor: Actor): boolean {
  return actor.role === 'secretariat';
}

/**
 * The index converts every proposal's Tabel 1 between price levels, so only the pool
 * secretariat, which keeps it from KL's price and wage forecasts, may change it.
 */
export function canChangePriceIndex(actor: Actor): boolean {
  return actor.role === 'secretariat';
}

/**
 * The whole audit log spans every forvaltning, so only the central roles check it: Center for
 * Økonomi, the secretariat, and readers (auditors read through that role).
 */
export function canCheckAudit(actor: Actor): boolean {
  return actor.role === 'finance' || actor.role === 'secretariat' || actor.role === 'reader';
}

/**
 * The pool secretariat keeps each round: its rules, opening it for decision, and the codes its
 * proposals are known by (BC01, BC02, ...).
 */
export function canKeepRounds(actor: Actor): boolean {
  return actor.role === 'secretariat';
}

/**
 * Scoring a round's proposals and choosing the set to recommend is the work that leads to the
 * recommendation, so it belongs to whoever the workflow lets recommend.
 */
export function canPrioritise(actor: Actor): boolean {
  return WORKFLOW.recommend.roles.includes(actor.role);
}
