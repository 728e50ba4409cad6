import type { SnippetPart } from '../api/search.ts';

/** The passages around the words found; the found words marked, all of it rendered as text. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="search-snippet">
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
    </p>
  );
}
