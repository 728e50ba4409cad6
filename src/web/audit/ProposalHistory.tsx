import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ProposalStatus } from '../../domain/proposal.ts';
import { queryKeys } from '../api/queries.ts';
import { useT } from '../i18n/context.ts';
import { DateTime } from '../layout/DateTime.tsx';
import { Pager } from '../layout/Pager.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { getHistory, HISTORY_PAGE_SIZE, type AuditEntryOutput } from './api.ts';
import { ChangesTable, useChangeContext } from './ChangesTable.tsx';
import {
  changeSentence,
  entryHeadline,
  isSave,
  presentChange,
  type ChangeContext,
} from './present-change.ts';
import { ScrollBox } from '../layout/ScrollBox.tsx';

// The proposal's history from the audit log: who changed what, and when. A save lists its
// changed fields (amounts in thousands of kroner); a creation only counts what was filled in.

function Who({ actor }: { actor: AuditEntryOutput['actor'] }) {
  const t = useT();
  if (actor.kind === 'anonymous') return <>{t('history.anonymous')}</>;
  if (actor.kind === 'system') return <>{t('history.system')}</>;
  return <>{actor.name}</>;
}

function What({ entry, economy }: { entry: AuditEntryOutput; economy: Economy }) {
  const t = useT();
  const status = (s: string) => t(`status.${s as ProposalStatus}`);
  const created = entry.action === 'proposal.create';
  const count = entry.changes.length;
  const context = useChangeContext(economy);
  const only = count === 1 && !created ? entry.changes[0] : undefined;
  return (
    <>
      <p className="mt-0 mb-2">{entryHeadline(entry, t)}</p>
      {entry.comment && (
        <p className="mt-0 mb-2">{t('history.comment', { comment: entry.comment })}</p>
      )}
      {entry.fromState && entry.toState && entry.fromState !== entry.toState && (
        <p className="mt-0 mb-2">
          {t('history.statusChange', { from: status(entry.fromState), to: status(entry.toState) })}
        </p>
      )}
      {only ? (
        <p className="mt-0 mb-0">{changeSentence(presentChange(only, context))}</p>
      ) : created || (count === 0 && isSave(entry.action)) ? (
        <p className="mt-0 mb-0">
          {count === 0 ? t('history.noChanges') : t('history.filledFields', { count })}
        </p>
      ) : count > 0 ? (
        <details>
          <summary>{t('history.changedFields', { count })}</summary>
          <ChangesTable
            changes={entry.changes}
            economy={economy}
            before={t('history.before')}
            after={t('history.after')}
            className="table table--compact mt-3"
          />
        </details>
      ) : null}
    </>
  );
}

type Economy = ChangeContext['economy'];

/**
 * `economy`: the proposal's Tabel 1 as it is now, which names the rows and years of the
 * changes (a row since moved or removed is named by its position's text now).
 */
export function ProposalHistory({ id, economy }: { id: string; economy: Economy }) {
  const t = useT();
  const [offset, setOffset] = useState(0);
  const history = useQuery({
    queryKey: [...queryKeys.proposal(id), 'history', offset],
    queryFn: ({ signal }) => getHistory(id, offset, signal),
    placeholderData: keepPreviousData,
  });
  const page = history.data;
  return (
    <section className="mt-8" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      <p>{t('history.intro')}</p>
      {history.isError && <QueryError error={history.error} />}
      {page?.total === 0 && <p>{t('history.empty')}</p>}
      {page && page.items.length > 0 && (
        <ScrollBox label={t('history.heading')}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('history.when')}</th>
                <th scope="col">{t('history.who')}</th>
                <th scope="col">{t('history.what')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((entry) => (
                <tr key={entry.seq}>
                  <td>
                    <DateTime value={entry.at} />
                  </td>
                  <td>
                    <Who actor={entry.actor} />
                  </td>
                  <td>
                    <What entry={entry} economy={economy} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {page && (
        <Pager
          offset={offset}
          total={page.total}
          pageSize={HISTORY_PAGE_SIZE}
          label={t('history.pages')}
          onOffset={setOffset}
        />
      )}
    </section>
  );
}
