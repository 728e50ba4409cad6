import type { RulesDraft } from './rules-draft.ts';

/** What the parts of the rules form share: the draft, a way to change it, and the findings. */
export interface RulesEditor {
  draft: RulesDraft;
  /** Changes a copy of the draft in place; the form keeps the copy. */
  change(edit: (draft: RulesDraft) => void): void;
  errorFor(path: string): string | undefined;
}
