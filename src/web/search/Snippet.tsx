import type { SnippetPart } from '../api/search.ts';

/** Text with the words the search found marked; every part is rendered as text. */
export function Marked({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text));
}

/** The passages around the words found. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="search-snippet">
      <Marked parts={parts} />
    </p>
  );
}
