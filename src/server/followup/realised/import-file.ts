import { readRealisedCsv, type RealisedLine } from '../../../documents/realised-read.ts';
import { fail, ok, validationProblem, type Result } from '../../problems.ts';
import { outcomeOf, type UploadWork } from '../../work/index.ts';
import { say, type Words } from '../../words.ts';

// An accounting system's export as realised lines: its type checked by name and content (an
// .xlsx is a zip archive, a .csv is text), a spreadsheet read in a worker thread under the
// spreadsheet limits, and every fault named by its cell. Nothing is written here.

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP.every((b, i) => bytes[i] === b);

const wrongType = (message: Words) => fail<never>(validationProblem([{ field: 'file', message }]));

/** UTF-8, or Windows-1252 as Danish Excel saves "CSV (semikolonsepareret)". */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function readRealisedFile(
  file: { bytes: Uint8Array; fileName: string },
  work: UploadWork,
): Promise<Result<RealisedLine[]>> {
  const name = file.fileName.toLowerCase();
  let reading;
  if (name.endsWith('.xlsx')) {
    if (!isZip(file.bytes)) return wrongType(say('issue.realised.notXlsx'));
    const read = outcomeOf(
      await work.spreadsheets.run({ kind: 'realised-xlsx', bytes: file.bytes }),
      say('file.spreadsheet'),
    );
    if (!read.ok) return read;
    reading = read.value;
  } else if (name.endsWith('.csv')) {
    if (isZip(file.bytes) || file.bytes.includes(0)) {
      return wrongType(say('issue.realised.notCsv'));
    }
    reading = readRealisedCsv(decode(file.bytes));
  } else {
    return wrongType(say('issue.realised.fileKind', { name: file.fileName }));
  }
  if (reading.errors.length > 0) {
    return fail(
      validationProblem(
        reading.errors.map((e) => ({ field: e.cell ?? 'file', message: e.message })),
      ),
    );
  }
  if (reading.lines.length === 0) {
    return wrongType(say('issue.realised.noLines'));
  }
  return ok(reading.lines);
}
