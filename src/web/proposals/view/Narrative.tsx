import { useT } from '../../i18n/context.ts';

/** Free text as the author wrote it: blank lines separate paragraphs, line breaks are kept. */
export function Narrative({ text }: { text: string }) {
  const t = useT();
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return <p className="empty-text">{t('view.empty')}</p>;
  return (
    <div className="narrative">
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
