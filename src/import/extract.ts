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
 * The text of a document. UTF-8 is tried first; text that is not valid UTF-8 is read as
 * Windows-1252, which older Danish exports use. Throws ExtractionError for a PDF when no PDF
 * extractor is given.
 */
export async function extractText(
  bytes: Uint8Array,
  fileName = '',
  pdf?: PdfTextExtractor,
): Promise<string> {
  if (isPdf(bytes, fileName)) {
    if (!pdf) {
      throw new ExtractionError(
        'PDF-filer kan endnu ikke læses: der er ingen PDF-tekstudtrækker installeret (fx unpdf). ' +
          'Gem dokumentet som tekst, eller træk teksten ud først.',
      );
    }
    return pdf(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
