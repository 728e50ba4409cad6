import { Link } from 'react-router';
import type { SearchHit } from '../api/search.ts';
import { useT } from '../i18n/context.ts';
import { Marked, Snippet } from './Snippet.tsx';
import { useNames } from './useNames.ts';

export function SearchHits({ hits }: { hits: SearchHit[] }) {
  const t = useT();
  const names = useNames();
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
              hit.leadAdministration ? names.administration(hit.leadAdministration) : null,
              hit.roundId ? names.round(hit.roundId) : null,
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
