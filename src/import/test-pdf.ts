import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// Real PDFs for tests, printed by LibreOffice (Debian's, as CI installs it) from text. The text
// goes in as a flat OpenDocument file, one paragraph per line with every space kept, in a font
// and size chosen by the test: small enough and the PDF prints the text's lines as they are; at
// a normal size LibreOffice wraps long lines as a word processor would.

const run = promisify(execFile);
const LIBREOFFICE = process.env.LIBREOFFICE_PATH ?? '/usr/bin/libreoffice';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A line with runs of spaces as OpenDocument space elements, which XML would collapse. */
function paragraph(line: string): string {
  const body = escapeXml(line).replace(
    / {2,}/g,
    (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`,
  );
  return `<text:p text:style-name="L">${body.replace(/^ /, '<text:s/>')}</text:p>`;
}

function flatOdt(text: string, fontSizePt: number, font: string): string {
  const pages = text.split('\f').map((page) => page.split('\n').map(paragraph).join(''));
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Mono" svg:font-family="'${font}'"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" />
</office:font-face-decls>
<office:automatic-styles>
<style:style style:name="L" style:family="paragraph"><style:paragraph-properties fo:margin-top="0" fo:margin-bottom="0"/>
<style:text-properties style:font-name="Mono" fo:font-size="${fontSizePt}pt"/></style:style>
<style:style style:name="B" style:family="paragraph" style:parent-style-name="L"><style:paragraph-properties fo:break-before="page"/></style:style>
</office:automatic-styles>
<office:body><office:text>${pages
    .map((page, i) => (i === 0 ? page : page.replace('text:style-name="L"', 'text:style-name="B"')))
    .join('')}</office:text></office:body></office:document>`;
}

/** Runs LibreOffice's converter, started once, on files in `dir`. */
async function convert(
  dir: string,
  files: readonly string[],
  target: string,
  filter: string[] = [],
): Promise<void> {
  // A profile of its own, so this conversion neither waits for nor disturbs another one.
  await run(
    LIBREOFFICE,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      ...filter,
      '--convert-to',
      target,
      '--outdir',
      dir,
      ...files.map((file) => join(dir, file)),
    ],
    // Starting LibreOffice with a new profile is most of the time: seconds, and tens of seconds
    // on a 2-core machine that other test runs share.
    { timeout: 240_000 },
  );
}

/**
 * An HTML page printed to a PDF by LibreOffice as a word processor prints it: running text
 * wrapped to the page, tables as tables whose cells stand at their columns' positions.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'puljer-pdf-'));
  try {
    await writeFile(join(dir, 'document.html'), html);
    // Read as a Writer document, not as a web page, so it prints on pages as Word would.
    await convert(dir, ['document.html'], 'pdf:writer_pdf_Export', [
      '--infilter=HTML (StarWriter)',
    ]);
    return new Uint8Array(await readFile(join(dir, 'document.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text printed to a PDF by LibreOffice, in the given font (monospaced by default) and size. */
export async function printToPdf(
  text: string,
  fontSizePt: number,
  font = 'Liberation Mono',
): Promise<Uint8Array> {
  const [pdf] = await printAllToPdf([{ text, fontSizePt, font }]);
  return pdf!;
}

/** As printToPdf for each of `texts`, with LibreOffice started once for them all. */
export async function printAllToPdf(
  texts: readonly { text: string; fontSizePt: number; font?: string }[],
): Promise<Uint8Array[]> {
  const dir = await mkdtemp(join(tmpdir(), 'puljer-pdf-'));
  try {
    const names = texts.map((_, i) => `document-${i}`);
    await Promise.all(
      texts.map(({ text, fontSizePt, font = 'Liberation Mono' }, i) =>
        writeFile(join(dir, `${names[i]}.fodt`), flatOdt(text, fontSizePt, font)),
      ),
    );
    await convert(
      dir,
      names.map((name) => `${name}.fodt`),
      'pdf',
    );
    return await Promise.all(
      names.map(async (name) => new Uint8Array(await readFile(join(dir, `${name}.pdf`)))),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
