import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { formatDanishNumber } from '../shared/danish-number.ts';

// An .xlsx is a zip archive, and a zip archive can expand a thousandfold: a sheet of a few
// hundred kilobytes on the wire can unpack to hundreds of megabytes of XML, which exceljs
// would hold and parse whole. So before exceljs sees a file, its archive is walked entry by
// entry and every entry inflated as a stream, with nothing kept: the count of entries, each
// entry's size (the declared one, and the actual one, which a forged file can make larger) and
// the total are held to limits, and the rows, cells and shared strings the sheets hold are
// counted on the way. A real Tabel 1 has tens of rows and fewer than 30 columns.

export const XLSX_LIMITS = {
  entries: 1_000,
  /** Unpacked bytes of any one part of the archive. */
  entryBytes: 20 * 1024 * 1024,
  /** Unpacked bytes of the whole archive. */
  totalBytes: 50 * 1024 * 1024,
  rows: 10_000,
  cells: 100_000,
  sharedStrings: 50_000,
} as const;

export type XlsxLimits = { [K in keyof typeof XLSX_LIMITS]: number };

/** A file refused before it was parsed: 413 for a limit passed, 400 for a forged archive. */
export class XlsxLimitError extends Error {
  override name = 'XlsxLimitError';
  constructor(
    message: string,
    readonly status: 400 | 413,
  ) {
    super(message);
  }
}

const SAVE_AGAIN = 'Gem kun Tabel 1 i en ny projektmappe, og prøv igen.';
const megabytes = (bytes: number) => `${formatDanishNumber(Math.round(bytes / 1024 / 1024))} MB`;
const count = (value: number) => formatDanishNumber(value);

const tooLarge = (what: string) =>
  new XlsxLimitError(
    `regnearket ${what}; det er mere, end et Tabel 1-ark kan være. ${SAVE_AGAIN}`,
    413,
  );

/** Counts start tags in XML that arrives in chunks, also a tag cut in two by a chunk's end. */
function tagCounter(pattern: RegExp) {
  let tail = '';
  let total = 0;
  return {
    add(chunk: Buffer) {
      const text = tail + chunk.toString('latin1');
      for (const match of text.matchAll(pattern)) {
        // One that lies wholly in the tail was counted with the chunk before.
        if (match.index + match[0].length > tail.length) total++;
      }
      tail = text.slice(-16);
    },
    get total() {
      return total;
    },
  };
}

/** Start tags, with or without a namespace prefix (`<row `, `<x:row>`). */
const ROW = /<(?:\w+:)?row[\s>/]/g;
const CELL = /<(?:\w+:)?c[\s>/]/g;
const SHARED_STRING = /<(?:\w+:)?si[\s>/]/g;

const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
const isSharedStrings = (name: string) => /^xl\/sharedStrings\.xml$/i.test(name);

/** yauzl's words for an entry whose actual size is not the size its headers declare. */
const FORGED_SIZE = /bytes in the stream/;

/**
 * Throws XlsxLimitError when the archive passes a limit or lies about an entry's size; answers
 * whether it is a sound zip archive at all (a damaged one must not reach exceljs either, whose
 * unzipping has no limits).
 */
export async function checkXlsxArchive(
  data: Uint8Array,
  limits: XlsxLimits = XLSX_LIMITS,
): Promise<boolean> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(data.buffer, data.byteOffset, data.length), {
      lazyEntries: true,
      // Refuses an entry whose actual size differs from the size its header declares.
      validateEntrySizes: true,
    });
  } catch {
    return false;
  }
  try {
    await walk(zip, limits);
    return true;
  } catch (error) {
    if (error instanceof XlsxLimitError) throw error;
    if (FORGED_SIZE.test((error as Error).message)) {
      throw new XlsxLimitError(
        `filen er forfalsket eller beskadiget: en del af den fylder udpakket mere eller mindre, end filen selv angiver. ${SAVE_AGAIN}`,
        400,
      );
    }
    return false;
  } finally {
    zip.close();
  }
}

async function walk(zip: yauzl.ZipFile, limits: XlsxLimits): Promise<void> {
  if (zip.entryCount > limits.entries) {
    throw tooLarge(`består af ${count(zip.entryCount)} dele (højst ${count(limits.entries)})`);
  }
  const rows = tagCounter(ROW);
  const cells = tagCounter(CELL);
  const strings = tagCounter(SHARED_STRING);
  let total = 0;
  for (;;) {
    const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      zip
        .once('entry', resolve)
        .once('end', () => resolve(null))
        .once('error', reject);
      zip.readEntry();
    });
    zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
    if (!entry) return;
    if (entry.fileName.endsWith('/')) continue;
    const name = entry.fileName;
    if (entry.uncompressedSize > limits.entryBytes) {
      throw tooLarge(
        `indeholder delen '${name}', der udpakket fylder ${megabytes(entry.uncompressedSize)} (højst ${megabytes(limits.entryBytes)})`,
      );
    }
    const counters = isSheet(name) ? [rows, cells] : isSharedStrings(name) ? [strings] : [];
    let size = 0;
    const stream: Readable = await zip.openReadStreamPromise(entry);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        total += chunk.length;
        // The actual size counts, whatever the header said.
        if (size > limits.entryBytes) {
          throw tooLarge(
            `indeholder delen '${name}', der udpakket fylder mere end ${megabytes(limits.entryBytes)}`,
          );
        }
        if (total > limits.totalBytes) {
          throw tooLarge(`fylder udpakket mere end ${megabytes(limits.totalBytes)}`);
        }
        for (const counter of counters) counter.add(chunk);
        if (rows.total > limits.rows) throw tooLarge(`har mere end ${count(limits.rows)} rækker`);
        if (cells.total > limits.cells) {
          throw tooLarge(`har mere end ${count(limits.cells)} udfyldte celler`);
        }
        if (strings.total > limits.sharedStrings) {
          throw tooLarge(`har mere end ${count(limits.sharedStrings)} forskellige tekster`);
        }
      }
    } finally {
      stream.destroy();
    }
  }
}
