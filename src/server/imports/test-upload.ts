import { randomUUID } from 'node:crypto';

// A multipart/form-data body as a browser sends it, for injecting uploads in tests.

export interface Upload {
  payload: Buffer;
  headers: { 'content-type': string };
}

export function multipartUpload(
  fileName: string,
  content: Uint8Array | string,
  contentType = 'application/octet-stream',
): Upload {
  const boundary = `----puljer${randomUUID()}`;
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
    `Content-Type: ${contentType}\r\n\r\n`;
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return {
    payload: Buffer.concat([Buffer.from(head), body, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
