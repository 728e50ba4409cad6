// A download's file name from a proposal's code and title: readable in the user's language
// (filename*), with a plain ASCII fallback for clients that only read filename.

const ASCII = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa' } as Record<string, string>;

export function contentDisposition(parts: (string | null)[], extension: string): string {
  const base =
    parts
      .filter((part): part is string => Boolean(part?.trim()))
      .join(' ')
      .replace(/\p{Cc}+/gu, '')
      .replace(/[\\/:*?"<>|]+/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 100)
      .trim() || 'dokument';
  const ascii = base
    .replace(/[æøåÆØÅ]/g, (letter) => ASCII[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\%;]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ /g, '_');
  return (
    `attachment; filename="${ascii || 'dokument'}.${extension}"; ` +
    `filename*=UTF-8''${encodeURIComponent(`${base}.${extension}`)}`
  );
}
