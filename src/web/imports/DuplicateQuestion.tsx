import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CorrectionsInput } from '../../shared/import-schemas.ts';
import { createHeld, importKeys, skipHeld, type ImportedProposalOutput } from '../api/imports.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';

/**
 * A reading that looks like a proposal already in the system is not created until the reviewer
 * says so: the proposals it matches, and the choice to skip it or create it anyway.
 */
export function DuplicateQuestion({
  review,
  corrections,
  blocked,
  onCreated,
}: {
  review: ImportedProposalOutput;
  /** The reviewer's corrections of the reading, made with the draft. */
  corrections: CorrectionsInput | undefined;
  /** A correction is not readable yet: nothing is created. */
  blocked: boolean;
  onCreated: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const { importId: id, position } = review;
  const settled = async () => {
    await queryClient.invalidateQueries({ queryKey: importKeys.one(id) });
    await queryClient.invalidateQueries({ queryKey: importKeys.proposal(id, position) });
  };
  const decide = useMutation({
    mutationFn: async (choice: 'skip' | 'create') => {
      if (choice === 'skip') await skipHeld(id, position);
      else await createHeld(id, position, true, corrections);
      return choice;
    },
    onSuccess: async (choice) => {
      if (choice === 'create') onCreated();
      await settled();
    },
  });
  const skipped = review.state === 'skipped';
  return (
    <section className="duplicate-question mt-5" aria-labelledby="held-heading">
      <Alert variant={skipped ? 'info' : 'warning'}>
        <h2 id="held-heading" className="alert-heading h3">
          {skipped ? t('review.skippedText') : t('review.heldTitle')}
        </h2>
        <ul className="alert-text">
          {review.duplicates.map((d) => (
            <li key={d.id}>
              <Link to={`/forslag/${d.id}`}>{d.code ? `${d.code}: ${d.title}` : d.title}</Link> (
              {t(d.reason === 'same-code' ? 'review.heldSameCode' : 'review.heldSameTitle')})
            </li>
          ))}
        </ul>
        {!skipped && <p className="alert-text">{t('review.heldText')}</p>}
      </Alert>
      {decide.isError && (
        <Alert variant="error" heading={t('review.decideFailed')}>
          <p className="alert-text">{decide.error.message}</p>
        </Alert>
      )}
      <div className="mt-4 duplicate-choices">
        {(skipped ? (['create'] as const) : (['skip', 'create'] as const)).map((choice) => (
          <button
            key={choice}
            type="button"
            className={`button ${choice === 'create' ? 'button-primary' : 'button-secondary'}`}
            aria-disabled={decide.isPending || (choice === 'create' && blocked)}
            onClick={() => {
              if (!decide.isPending && !(choice === 'create' && blocked)) decide.mutate(choice);
            }}
          >
            {t(choice === 'create' ? 'review.createAnyway' : 'review.skip')}
          </button>
        ))}
      </div>
    </section>
  );
}
