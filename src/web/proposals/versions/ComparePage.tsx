import { Link, useParams } from 'react-router';
import { diffFields } from '../../../domain/audit/diff.ts';
import type { ProposalOutput } from '../../../shared/proposal-schema.ts';
import { useVersion } from '../../api/queries.ts';
import { ChangesTable } from '../../audit/ChangesTable.tsx';
import { useT } from '../../i18n/context.ts';
import { Loading } from '../../layout/Loading.tsx';
import { NotFoundPage } from '../../layout/NotFoundPage.tsx';
import { QueryError } from '../../layout/QueryError.tsx';
import { usePageTitle } from '../../layout/usePageTitle.ts';
import { ScrollBox } from '../../layout/ScrollBox.tsx';

// Two saved versions side by side, field by field: only what differs, with the domain's diff
// (the same one the audit log records). Amounts are in thousands of kroner, as everywhere.

/** What every version has of its own and so always differs; not content. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

function content(proposal: ProposalOutput) {
  return Object.fromEntries(Object.entries(proposal).filter(([key]) => !BOOKKEEPING.has(key)));
}

export function ComparePage() {
  const params = useParams();
  const [a, b] = [Number(params.a), Number(params.b)];
  const valid = (n: number) => Number.isInteger(n) && n >= 1;
  if (!valid(a) || !valid(b)) return <NotFoundPage />;
  return <Comparison id={params.id ?? ''} a={a} b={b} />;
}

function Comparison({ id, a, b }: { id: string; a: number; b: number }) {
  const t = useT();
  const first = useVersion(id, a);
  const second = useVersion(id, b);
  usePageTitle(t('compare.heading', { a, b }));

  if (first.isPending || second.isPending) return <Loading />;
  if (first.isError) return <QueryError error={first.error} />;
  if (second.isError) return <QueryError error={second.error} />;
  const changes = diffFields(content(first.data), content(second.data));
  return (
    <>
      <h1>{t('compare.heading', { a, b })}</h1>
      <p className="font-lead">{second.data.title}</p>
      <p>
        <Link to={`/forslag/${id}/versioner`}>{t('versions.toList')}</Link>
      </p>
      {changes.length === 0 ? (
        <p>{t('compare.same')}</p>
      ) : (
        <ScrollBox label={t('compare.caption', { count: changes.length })}>
          <ChangesTable
            changes={changes}
            economy={second.data.economy}
            caption={t('compare.caption', { count: changes.length })}
            before={t('view.version', { version: a })}
            after={t('view.version', { version: b })}
            className="table table--compact table--zebra"
          />
        </ScrollBox>
      )}
    </>
  );
}
