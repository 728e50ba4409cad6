import type { ImportEntry } from '../../shared/import-schemas.ts';
import { useT } from '../i18n/context.ts';

/** Where a proposal read stands: held as a possible copy, skipped, awaiting review or accepted. */
export function EntryBadge({ entry }: { entry: Pick<ImportEntry, 'state' | 'accepted'> }) {
  const t = useT();
  const [variant, key] =
    entry.state === 'held'
      ? (['warning', 'import.held'] as const)
      : entry.state === 'skipped'
        ? (['info', 'import.skipped'] as const)
        : entry.accepted
          ? (['success', 'import.accepted'] as const)
          : (['info', 'import.awaiting'] as const);
  return <span className={`badge badge-${variant}`}>{t(key)}</span>;
}
