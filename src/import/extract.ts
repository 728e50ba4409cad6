// Turns a file's bytes into text for the importer. Plain text is decoded here; PDF needs a text
// extractor (`pdf.ts`, over pdfjs-dist), passed in so that reading text does not load pdfjs.

export type PdfTextExtractor = (bytes: Uint8Array) => Promise<string>;

export class ExtractionError extends Error {
  override name = 'ExtractionError';
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
  if (isPdf(bytes, fileName)) return pdf(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
