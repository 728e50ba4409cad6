import type { FastifyRequest } from 'fastify';
import { EVIDENCE_LIMIT_BYTES } from '../../../domain/followup/evidence.ts';
import { isUploadFault } from '../../http/upload.ts';
import { validationProblem, type Problem } from '../../problems.ts';
import type { EvidenceUpload } from './service.ts';
import { say } from '../../words.ts';

// A measurement arrives as a form: its fields, and perhaps the evidence file in `file`. Faults
// of the form itself (not multipart, a file too large, a body cut off) are the client's, 4xx.

export type MeasurementForm =
  | { ok: true; fields: Record<string, string>; file: EvidenceUpload | null }
  | { ok: false; problem: Problem };

const FIELDS = new Set(['version', 'measuredOn', 'value', 'comment']);

export async function readMeasurementForm(request: FastifyRequest): Promise<MeasurementForm> {
  if (!request.isMultipart()) {
    return {
      ok: false,
      problem: {
        error: 'UnsupportedMediaType',
        message: say('problem.measurement.notMultipart'),
      },
    };
  }
  const fields: Record<string, string> = {};
  let file: EvidenceUpload | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          await part.toBuffer();
          return {
            ok: false,
            problem: validationProblem([
              { field: part.fieldname, message: say('issue.measurement.oneFile') },
            ]),
          };
        }
        const bytes = await part.toBuffer();
        // A file input left empty sends a part without a name or content: no evidence.
        if (bytes.length === 0 && !part.filename) continue;
        if (bytes.length === 0) {
          return {
            ok: false,
            problem: validationProblem([{ field: 'file', message: say('issue.fileEmpty') }]),
          };
        }
        file = { bytes, fileName: part.filename };
      } else if (FIELDS.has(part.fieldname)) {
        fields[part.fieldname] = String(part.value);
      } else {
        return {
          ok: false,
          problem: validationProblem([
            { field: part.fieldname, message: say('issue.unknownField') },
          ]),
        };
      }
    }
  } catch (error) {
    if (error instanceof request.server.multipartErrors.RequestFileTooLargeError) {
      return {
        ok: false,
        problem: {
          error: 'PayloadTooLarge',
          message: say('problem.upload.tooLarge', { limit: String(EVIDENCE_LIMIT_BYTES) }),
        },
      };
    }
    if (!isUploadFault(error)) throw error;
    return {
      ok: false,
      problem: {
        error: 'BadRequest',
        message: say('problem.measurement.broken'),
      },
    };
  }
  return { ok: true, fields, file };
}
