import type { GoalOutput, ProposalGoalsOutput } from '../../../shared/followup/goals-schema.ts';
import type { GoalView, ProposalGoals } from './service.ts';

export function presentGoal(goal: GoalView): GoalOutput {
  return {
    ...goal,
    measurements: goal.measurements.map(({ goalId: _goalId, recordedAt, ...m }) => ({
      ...m,
      recordedAt: recordedAt.toISOString(),
    })),
  };
}

export function presentProposalGoals({ proposal, goals }: ProposalGoals): ProposalGoalsOutput {
  return {
    proposalId: proposal.id,
    started: goals.length > 0,
    tabel3: proposal.content.followUpGoals,
    goals: goals.map(presentGoal),
  };
}
