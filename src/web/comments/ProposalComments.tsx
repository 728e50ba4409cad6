import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { canComment } from '../../domain/workflow/visibility.ts';
import type { ProposalOutput } from '../../shared/proposal-schema.ts';
import { queryKeys } from '../api/queries.ts';
import { useMay } from '../auth/may.ts';
import { useT } from '../i18n/context.ts';
import { DateTime } from '../layout/DateTime.tsx';
import { ErrorAlert } from '../layout/ErrorAlert.tsx';
import { Pager } from '../layout/Pager.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { TextAreaField } from '../proposals/edit/fields/TextAreaField.tsx';
import { addComment, COMMENTS_PAGE_SIZE, getComments } from './api.ts';

// The proposal's comments, oldest first, and a field to write one for those who may: everyone
// who sees the proposal but readers. The server decides; the form is only not offered in vain.

export function ProposalComments({ proposal }: { proposal: ProposalOutput }) {
  const t = useT();
  const may = useMay();
  const queryClient = useQueryClient();
  const key = [...queryKeys.proposal(proposal.id), 'comments'];
  const [offset, setOffset] = useState(0);
  const comments = useQuery({
    queryKey: [...key, offset],
    queryFn: ({ signal }) => getComments(proposal.id, offset, signal),
    placeholderData: keepPreviousData,
  });
  const page = comments.data;
  const [body, setBody] = useState('');
  const [tried, setTried] = useState(false);
  const write = useMutation({
    mutationFn: () => addComment(proposal.id, body),
    onSuccess: () => {
      setBody('');
      setTried(false);
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });

  const mayWrite = may((actor) => canComment(actor, proposal));
  const error = tried && !body.trim() ? t('validation.required') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (body.trim()) write.mutate();
  };

  return (
    <section className="mt-8" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('comments.heading')}</h2>
      {comments.isError && <QueryError error={comments.error} />}
      {page?.total === 0 && <p>{t('comments.empty')}</p>}
      {page && page.items.length > 0 && (
        <ol className="nobullet-list" aria-label={t('comments.heading')}>
          {page.items.map((comment) => (
            <li key={comment.id} className="mb-5">
              <p className="mt-0 mb-2 weight-semibold">
                {comment.author}, <DateTime value={comment.createdAt} />
              </p>
              <p className="mt-0 mb-0">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {page && (
        <Pager
          offset={offset}
          total={page.total}
          pageSize={COMMENTS_PAGE_SIZE}
          label={t('comments.pages')}
          onOffset={setOffset}
        />
      )}
      {mayWrite && (
        <form onSubmit={submit} noValidate aria-labelledby="comment-form-heading">
          <h3 id="comment-form-heading">{t('comments.write')}</h3>
          {write.isError && <ErrorAlert heading={t('comments.failed')} error={write.error} />}
          <TextAreaField
            id="comment-body"
            label={t('comments.body')}
            required
            value={body}
            onChange={setBody}
            error={error}
          />
          <button type="submit" className="button button-primary" disabled={write.isPending}>
            {t('comments.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
