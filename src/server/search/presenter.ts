import type { SearchHit } from '../../shared/search-schemas.ts';
import { markedParts, snippetParts } from './snippets.ts';
import type { SearchHitRecord } from './store.ts';

/**
 * A hit as the API answers it: its title and passages split into plain and found parts, so no
 * client ever has to interpret markup; the web app renders each part as text.
 */
export function presentHit({ body, ...record }: SearchHitRecord, stems: string[]): SearchHit {
  return {
    ...record,
    titleParts: markedParts(record.title, stems),
    snippet: snippetParts(body, stems),
  };
}
