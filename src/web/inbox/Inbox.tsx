import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ProposalSummary } from '../../shared/api-schemas.ts';
import { apiRequest } from '../api/client.ts';
import { queryKeys } from '../api/queries.ts';
import { useMe } from '../auth/queries.ts';
import { useT } from '../i18n/context.ts';
import { QueryError } from '../layout/QueryError.tsx';
import { Reminders } from '../followup/reminders/Reminders.tsx';

// "Venter på dig" on the start page: the proposals whose next step is the signed-in user's.

const getInbox = (signal?: AbortSignal) =>
  apiRequest<{ items: ProposalSummary[] }>('/inbox', { signal }).then((r) => r.items);

export function Inbox() {
  const t = useT();
  const me = useMe().data ?? null;
  const inbox = useQuery({
    queryKey: [...queryKeys.proposals, 'inbox'],
    queryFn: ({ signal }) => getInbox(signal),
    enabled: me !== null,
  });
  if (me === null) return null;
  return (
    <section className="mt-6 mb-8" aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">{t('inbox.heading')}</h2>
      {inbox.isError && <QueryError error={inbox.error} />}
      {inbox.data?.length === 0 && <p>{t('inbox.empty')}</p>}
      {inbox.data && inbox.data.length > 0 && (
        <ul aria-label={t('inbox.heading')}>
          {inbox.data.map((p) => (
            <li key={p.id}>
              <Link to={`/forslag/${p.id}`}>{[p.code, p.title].filter(Boolean).join(': ')}</Link> (
              {t(`status.${p.status}`)})
            </li>
          ))}
        </ul>
      )}
      <Reminders />
    </section>
  );
}
