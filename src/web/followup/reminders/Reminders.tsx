import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDanishDate } from '../../../shared/danish-number.ts';
import type { ReminderItemOutput } from '../../../shared/followup/reminders-schema.ts';
import { apiRequest } from '../../api/client.ts';
import { useT } from '../../i18n/context.ts';
import { QueryError } from '../../layout/QueryError.tsx';

// The follow-up that falls due on the user's forvaltning's granted proposals, in the inbox:
// yearly reports of realised figures and goals' follow-up dates, overdue ones marked.

const getReminders = (signal?: AbortSignal) =>
  apiRequest<{ items: ReminderItemOutput[] }>('/reminders', { signal }).then((r) => r.items);

function What({ item }: { item: ReminderItemOutput }) {
  const t = useT();
  const proposal = [item.code, item.title].filter(Boolean).join(': ');
  const due = formatDanishDate(item.dueOn);
  return item.kind === 'report' ? (
    <>
      {t('reminders.report', { year: String(item.year), due })}{' '}
      <Link to={`/forslag/${item.proposalId}/realiseret`}>{proposal}</Link>
    </>
  ) : (
    <>
      {t('reminders.goal', { goal: item.goal ?? '', due })}{' '}
      <Link to={`/forslag/${item.proposalId}/maal`}>{proposal}</Link>
    </>
  );
}

export function Reminders() {
  const t = useT();
  const reminders = useQuery({
    queryKey: ['reminders'],
    queryFn: ({ signal }) => getReminders(signal),
  });
  if (reminders.isError) return <QueryError error={reminders.error} />;
  if (!reminders.data || reminders.data.length === 0) return null;
  return (
    <>
      <h3 id="reminders-heading">{t('reminders.heading')}</h3>
      <ul aria-labelledby="reminders-heading">
        {reminders.data.map((item) => (
          <li key={item.key}>
            {item.overdue && <strong>{t('reminders.overdue')} </strong>}
            <What item={item} />
          </li>
        ))}
      </ul>
    </>
  );
}
