import type { FastifyRequest } from 'fastify';
import { validationProblem, type Problem } from '../problems.ts';
import { nulFields, nulIssue } from './input-guard.ts';
import { say } from '../words.ts';

// Reading the one file of a multipart/form-data request (with @fastify/multipart registered on
// the route's plugin), with every fault of the upload itself answered as the client's: no
// multipart, no file, too large, or a form cut off or malformed. Never a 500 for those.

export type Upload =
  { ok: true; bytes: Buffer; fileName: string; mimeType: string } | { ok: false; problem: Problem };

/**
 * Faults of the form itself: Busboy's complaints carry no status code, only a message, and a
 * body that ends inside the file closes the file's stream early.
 */
export function isUploadFault(error: unknown): boolean {
  const { statusCode, code, message } = error as {
    statusCode?: number;
    code?: string;
    message?: string;
  };
  return (
    (statusCode !== undefined && statusCode >= 400 && statusCode < 500) ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    /multipart|unexpected end|boundary|part/i.test(message ?? '')
  );
}

/** The uploaded file in the field `file`, or what is wrong with the upload. */
export async function readUpload(request: FastifyRequest, limitBytes: number): Promise<Upload> {
  if (!request.isMultipart()) {
    return {
      ok: false,
      problem: {
        error: 'UnsupportedMediaType',
        message: say('problem.upload.notMultipart'),
      },
    };
  }
  try {
    const part = await request.file();
    if (!part) {
      return {
        ok: false,
        problem: { error: 'BadRequest', message: say('problem.upload.noFile') },
      };
    }
    const bytes = await part.toBuffer();
    // Name and type are stored as text; a multipart body is not seen by the input guard's hook.
    const nul = nulFields({ filename: part.filename, mimetype: part.mimetype });
    if (nul.length > 0) {
      const issues = nul.map((field) => nulIssue(`file.${field}`, 'file'));
      return { ok: false, problem: validationProblem(issues) };
    }
    return {
      ok: true,
      bytes,
      fileName: part.filename,
      mimeType: part.mimetype,
    };
  } catch (error) {
    if (error instanceof request.server.multipartErrors.RequestFileTooLargeError) {
      return {
        ok: false,
        problem: {
          error: 'PayloadTooLarge',
          message: say('problem.upload.tooLarge', { limit: String(limitBytes) }),
        },
      };
    }
    if (!isUploadFault(error)) throw error;
    request.log.info({ err: error }, 'upload could not be read');
    return {
      ok: false,
      problem: {
        error: 'BadRequest',
        message: say('problem.upload.broken'),
      },
    };
  }
}
