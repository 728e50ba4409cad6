import type { Db } from './database.ts';
import { dataVersion } from './schema.ts';

// Everyone in a forvaltning opens the same first page of the list, and a deadline brings them at
// once: the answer is written once and kept, with the data version it was read at (migration
// 0026), until a change anywhere moves the version on. Each request still asks the database the
// version, so an answer is never older than what it would read, on any server.

/** A list's page is about 20 kB of text and a search's 25 kB: a thousand answers or more. */
export const DEFAULT_ANSWER_CACHE_MB = 32;

export interface Answers {
  /**
   * The text `write` gives, or the one it gave for the same key at the same data version.
   * `key` must name everything the text depends on besides the data: the query and the user's
   * scopes.
   */
  answer(key: string, write: () => Promise<string>): Promise<string>;
}

interface Kept {
  version: number;
  text: Promise<string>;
  size: number;
}

/** Answers kept in this server's memory up to `megabytes` of text; 0 keeps none. */
export function answerCache(db: Db, megabytes = DEFAULT_ANSWER_CACHE_MB): Answers {
  if (megabytes === 0) return { answer: (_key, write) => write() };
  const limit = megabytes * 1024 * 1024;
  const versionNow = db.select({ n: dataVersion.n }).from(dataVersion).prepare('data_version');
  // In the order last used: the first is the first to go.
  const kept = new Map<string, Kept>();
  let size = 0;

  function forget(key: string, entry: Kept): void {
    if (kept.get(key) !== entry) return;
    kept.delete(key);
    size -= entry.size;
  }

  return {
    async answer(key, write) {
      // Read before the answer is written: what it then reads is at least this version, so a
      // change committed meanwhile can only make the kept answer newer than its version says.
      const [row] = await versionNow.execute();
      const version = row!.n;
      const found = kept.get(key);
      if (found?.version === version) {
        kept.delete(key);
        kept.set(key, found);
        return found.text;
      }
      if (found) forget(key, found);
      // Kept while it is written, so the same request arriving meanwhile waits for it.
      const entry: Kept = { version, text: write(), size: 0 };
      kept.set(key, entry);
      try {
        const text = await entry.text;
        if (kept.get(key) === entry) {
          entry.size = key.length + text.length;
          size += entry.size;
          for (const [oldest, old] of kept) {
            if (size <= limit) break;
            forget(oldest, old);
          }
        }
        return text;
      } catch (error) {
        forget(key, entry);
        throw error;
      }
    },
  };
}
