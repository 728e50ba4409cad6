import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ProposalSummary } from '../../shared/api-schemas.ts';
import type { Page } from '../../shared/paging.ts';
import { apiRequest } from '../api/client.ts';
import { queryKeys } from '../api/queries.ts';
import { useMe } from '../auth/queries.ts';
import { useT } from '../i18n/context.ts';
import { Pager } from '../layout/Pager.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { Reminders } from '../followup/reminders/Reminders.tsx';

// "Venter på dig" on the start page: the proposals whose next step is the signed-in user's.

// A short page: the start page shows the list of proposals below it.
const INBOX_PAGE_SIZE = 10;

const getInbox = (offset: number, signal?: AbortSignal) =>
  apiRequest<Page<ProposalSummary>>(`/inbox?limit=${INBOX_PAGE_SIZE}&offset=${offset}`, {
    signal,
  });

export function Inbox() {
  const t = useT();
  const me = useMe().data ?? null;
  const [offset, setOffset] = useState(0);
  const inbox = useQuery({
    queryKey: [...queryKeys.proposals, 'inbox', offset],
    queryFn: ({ signal }) => getInbox(offset, signal),
    enabled: me !== null,
    placeholderData: keepPreviousData,
  });
  const page = inbox.data;
  if (me === null) return null;
  return (
    <section className="mt-6 mb-8" aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">{t('inbox.heading')}</h2>
      {inbox.isError && <QueryError error={inbox.error} />}
      {page?.total === 0 && <p>{t('inbox.empty')}</p>}
      {page && page.items.length > 0 && (
        <ul aria-label={t('inbox.heading')}>
          {page.items.map((p) => (
            <li key={p.id}>
              <Link to={`/forslag/${p.id}`}>{[p.code, p.title].filter(Boolean).join(': ')}</Link> (
              {t(`status.${p.status}`)})
            </li>
          ))}
        </ul>
      )}
      {page && (
        <Pager
          offset={offset}
          total={page.total}
          pageSize={INBOX_PAGE_SIZE}
          label={t('inbox.pages')}
          onOffset={setOffset}
        />
      )}
      <Reminders />
    </section>
  );
}
