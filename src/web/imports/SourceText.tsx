import { useT } from '../i18n/context.ts';

/** The document's lines the proposal was read from, numbered as in the document. */
export function SourceText({
  lines,
  start,
  end,
}: {
  lines: readonly { no: number; text: string }[];
  start: number;
  end: number;
}) {
  const t = useT();
  return (
    <section aria-labelledby="source-heading">
      <h2 id="source-heading">{t('review.source')}</h2>
      {/* Scrolls on its own beside what was read, so it takes keyboard focus (WCAG 2.1.1). */}
      <div
        className="source-text"
        tabIndex={0}
        role="region"
        aria-label={t('review.sourceLabel', { start, end })}
      >
        <pre>
          {lines.map((line) => (
            <span key={line.no} className="source-line">
              <span className="source-no" aria-hidden="true">
                {line.no}
              </span>
              {line.text}
              {'\n'}
            </span>
          ))}
        </pre>
      </div>
    </section>
  );
}
