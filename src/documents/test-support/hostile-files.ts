import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

// Files built to hurt a server that trusts them, generated on the spot (never kept in the
// repository): zip archives whose entries expand far beyond their size or lie about it, .xlsx
// workbooks made of those, and PDFs of many pages or with a content stream that expands to
// hundreds of megabytes. Tests and the uploads benchmark feed them to the running app.

/** Bytes given as a head, a part repeated many times and a tail, so none is held expanded. */
export interface Repeated {
  head: string;
  repeat: string;
  times: number;
  tail: string;
}

export interface ZipEntry {
  name: string;
  data: Uint8Array | Repeated;
  /** The uncompressed size written in the headers; the true size when left out. */
  declaredSize?: number;
}

const sizeOf = ({ head, repeat, times, tail }: Repeated) =>
  Buffer.byteLength(head) + Buffer.byteLength(repeat) * times + Buffer.byteLength(tail);

/** Deflates repeated content as a stream: the expanded bytes never exist at once. */
async function deflateRepeated(content: Repeated): Promise<{ deflated: Buffer; crc: number }> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  // A block of many repeats per write keeps the stream's overhead small.
  const block = Buffer.from(
    content.repeat.repeat(Math.max(1, Math.floor(65536 / content.repeat.length))),
  );
  const perBlock = block.length / Buffer.byteLength(content.repeat);
  let crc = crc32(content.head);
  deflate.write(content.head);
  let left = content.times;
  while (left > 0) {
    const part = left >= perBlock ? block : Buffer.from(content.repeat.repeat(left));
    crc = crc32(part, crc);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve));
    left -= left >= perBlock ? perBlock : left;
  }
  crc = crc32(content.tail, crc);
  deflate.end(content.tail);
  await done;
  return { deflated: Buffer.concat(chunks), crc };
}

interface HeaderFields {
  crc: number;
  compressed: number;
  size: number;
  nameLength: number;
}

/**
 * A local or central header of a deflated entry: both hold the same fields in the same order,
 * from `at` on (the central header has the version that made it before them).
 */
function header(signature: number, length: number, at: number, fields: HeaderFields): Buffer {
  const bytes = Buffer.alloc(length);
  bytes.writeUInt32LE(signature, 0);
  bytes.writeUInt16LE(20, at);
  bytes.writeUInt16LE(8, at + 4);
  bytes.writeUInt32LE(fields.crc >>> 0, at + 10);
  bytes.writeUInt32LE(fields.compressed, at + 14);
  bytes.writeUInt32LE(fields.size, at + 18);
  bytes.writeUInt16LE(fields.nameLength, at + 22);
  return bytes;
}

/** A zip archive of deflated entries, with each entry's size as given (true or not). */
export async function zipArchive(entries: readonly ZipEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { deflated, crc } =
      entry.data instanceof Uint8Array
        ? { deflated: deflateRawSync(entry.data), crc: crc32(entry.data) }
        : await deflateRepeated(entry.data);
    const size =
      entry.declaredSize ??
      (entry.data instanceof Uint8Array ? entry.data.length : sizeOf(entry.data));
    const name = Buffer.from(entry.name);
    const fields = { crc, compressed: deflated.length, size, nameLength: name.length };
    const local = header(0x04034b50, 30, 4, fields);
    const central = header(0x02014b50, 46, 6, fields);
    central.writeUInt16LE(20, 4);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    centrals.push(central, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const text = (value: string) => new TextEncoder().encode(value);

/** The parts every workbook has, around one sheet. */
function workbookParts(sheet: ZipEntry['data'], sheetDeclaredSize?: number): ZipEntry[] {
  return [
    {
      name: '[Content_Types].xml',
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
          `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
          `</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
          `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
          `<sheets><sheet name="Tabel 1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
          `<Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: sheetDeclaredSize },
  ];
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';
/** A row of 20 numeric cells; exceljs numbers rows and cells that carry no address itself. */
const ROW_OF_CELLS = `<row>${'<c><v>1234</v></c>'.repeat(20)}</row>`;

/**
 * An .xlsx whose one sheet expands to about `expandedMb` megabytes of rows of numbers: a few
 * hundred kilobytes on the wire. With `declaredMb`, the archive claims that size instead.
 */
export function xlsxBomb({
  expandedMb,
  declaredMb,
}: {
  expandedMb: number;
  declaredMb?: number;
}): Promise<Buffer> {
  const times = Math.ceil((expandedMb * 1024 * 1024) / ROW_OF_CELLS.length);
  return zipArchive(
    workbookParts(
      { head: SHEET_HEAD, repeat: ROW_OF_CELLS, times, tail: SHEET_TAIL },
      declaredMb === undefined ? undefined : declaredMb * 1024 * 1024,
    ),
  );
}

/** An .xlsx of `rows` small rows of a label and a figure: not large, only long. */
export function xlsxOfRows(rows: number): Promise<Buffer> {
  const body = Array.from(
    { length: rows },
    (_, i) =>
      `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Lønudgifter</t></is></c>` +
      `<c r="B${i + 1}"><v>${i}</v></c></row>`,
  ).join('');
  return zipArchive(workbookParts(text(SHEET_HEAD + body + SHEET_TAIL)));
}

/** A PDF's objects and cross-reference table around the given object bodies (1-based). */
function pdfFile(objects: readonly (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(part);
    length += part.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

const stream = (dictionary: string, data: Buffer) =>
  Buffer.concat([
    Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);

/** A PDF of `pages` pages, each printing one short line (they share one content stream). */
export function manyPagePdf(pages: number): Buffer {
  // Objects: 1 catalog, 2 page tree, 3 font, 4 content, then the pages.
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream('', Buffer.from('BT /F1 12 Tf 72 720 Td (Forslag side) Tj ET')),
    ...Array.from(
      { length: pages },
      () =>
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>',
    ),
  ]);
}

/** A one-page PDF whose content stream expands to about `expandedMb` megabytes of text. */
export async function pdfBomb(expandedMb: number): Promise<Buffer> {
  const line = '(Lonudgifter 1.234) Tj 0 -1 Td\n';
  const { deflated } = await deflateRepeated({
    head: 'BT /F1 1 Tf 72 800 Td\n',
    repeat: line,
    times: Math.ceil((expandedMb * 1024 * 1024) / line.length),
    tail: 'ET',
  });
  // deflateRaw has no zlib header; FlateDecode wants one, so the stream is wrapped.
  const zlibStream = Buffer.concat([Buffer.from([0x78, 0xda]), deflated]);
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    stream('/Filter /FlateDecode', zlibStream),
  ]);
}
