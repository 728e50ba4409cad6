// Turns a file's bytes into text for the importer. Plain text is decoded here; PDF needs a text
// extractor (`pdf.ts`, over pdfjs-dist), passed in so that reading text does not load pdfjs.

export type PdfTextExtractor = (bytes: Uint8Array) => Promise<string>;

/** A document that cannot be read: 413 when it passes a limit, else 400. */
export class ExtractionError extends Error {
  override name = 'ExtractionError';
  constructor(
    message: string,
    readonly status: 400 | 413 = 400,
  ) {
    super(message);
  }
}

export function isPdf(bytes: Uint8Array, fileName = ''): boolean {
  const magic = String.fromCharCode(...bytes.subarray(0, 5));
  return magic === '%PDF-' || /\.pdf$/i.test(fileName);
}

/**
 * The text of a document: a PDF through the given extractor; other text as UTF-8 first, and
 * text that is not valid UTF-8 as Windows-1252, which older Danish exports use.
 */
export async function extractText(
  bytes: Uint8Array,
  fileName: string,
  pdf: PdfTextExtractor,
): Promise<string> {
  return isPdf(bytes, fileName) ? pdf(bytes) : decodeText(bytes);
}

/** Plain text: UTF-8, or Windows-1252 where it is not valid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
