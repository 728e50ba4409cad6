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
   * What `write` gives, or what it gave for the same key at this data version or a later one
   * (a request may have read the version a moment before another wrote the answer). `key` must
   * name everything the answer depends on besides the data: the query and the user's scopes.
   * `size` is what the answer counts against the limit, in characters. `asOf` is the data
   * version the request has already read with its session (request.dataVersion); without it,
   * the version is read here.
   */
  answer<T>(
    key: string,
    write: () => Promise<T>,
    size: (answer: T) => number,
    asOf?: number | null,
  ): Promise<T>;
  /** A text answer, its size its length. */
  text(key: string, write: () => Promise<string>, asOf?: number | null): Promise<string>;
}

interface Kept {
  version: number;
  answer: Promise<unknown>;
  size: number;
}

/** Answers kept in this server's memory up to `megabytes` of text; 0 keeps none. */
export function answerCache(db: Db, megabytes = DEFAULT_ANSWER_CACHE_MB): Answers {
  if (megabytes === 0) return { answer: (_key, write) => write(), text: (_key, write) => write() };
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

  async function answer<T>(
    key: string,
    write: () => Promise<T>,
    sizeOf: (answer: T) => number,
    asOf?: number | null,
  ): Promise<T> {
    // Read before the answer is written: what it then reads is at least this version, so a
    // change committed meanwhile can only make the kept answer newer than its version says.
    // An answer kept at this version or a later one holds every change the request could
    // know of when it began.
    const version = asOf ?? (await versionNow.execute())[0]!.n;
    const found = kept.get(key);
    if (found && found.version >= version) {
      kept.delete(key);
      kept.set(key, found);
      return found.answer as Promise<T>;
    }
    if (found) forget(key, found);
    // Kept while it is written, so the same request arriving meanwhile waits for it.
    const entry: Kept = { version, answer: write(), size: 0 };
    kept.set(key, entry);
    try {
      const written = (await entry.answer) as T;
      if (kept.get(key) === entry) {
        entry.size = key.length + sizeOf(written);
        size += entry.size;
        for (const [oldest, old] of kept) {
          if (size <= limit) break;
          forget(oldest, old);
        }
      }
      return written;
    } catch (error) {
      forget(key, entry);
      throw error;
    }
  }

  return {
    answer,
    text: (key, write, asOf) => answer(key, write, (text) => text.length, asOf),
  };
}
