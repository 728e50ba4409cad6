import { Link } from 'react-router';
import type { SearchHit } from '../api/search.ts';
import { useAdministrations, useRounds } from '../api/queries.ts';
import { useT } from '../i18n/context.ts';
import { Marked, Snippet } from './Snippet.tsx';

export function SearchHits({ hits }: { hits: SearchHit[] }) {
  const t = useT();
  const administrations = new Map((useAdministrations().data ?? []).map((a) => [a.code, a.name]));
  const rounds = new Map((useRounds().data ?? []).map((r) => [r.id, r.name]));
  return (
    <ol className="search-hits">
      {hits.map((hit) => (
        <li key={hit.id} className="search-hit">
          <h2 className="h3 mb-2">
            <Link to={`/forslag/${hit.id}`}>
              {hit.code ? `${hit.code}: ` : null}
              <Marked parts={hit.titleParts} />
            </Link>
          </h2>
          <p className="search-hit-meta">
            {[
              t(`kind.${hit.kind}`),
              hit.leadAdministration
                ? (administrations.get(hit.leadAdministration) ?? hit.leadAdministration)
                : null,
              hit.roundId ? (rounds.get(hit.roundId) ?? hit.roundId) : null,
              t(`status.${hit.status}`),
            ]
              .filter((part) => part !== null)
              .join(' · ')}
          </p>
          <Snippet parts={hit.snippet} />
        </li>
      ))}
    </ol>
  );
}
