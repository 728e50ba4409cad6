import type { Tabel1Import } from '../../shared/documents-schema.ts';
import { ApiError, errorFromResponse } from './client.ts';

// Word and Excel files: downloads are plain links the browser saves; reading Tabel 1 from an
// .xlsx uploads the file as multipart/form-data, which apiRequest (JSON only) does not send.

const proposalPath = (id: string) => `/api/proposals/${encodeURIComponent(id)}`;

export const proposalDocxUrl = (id: string) => `${proposalPath(id)}/export.docx`;
export const tabel1XlsxUrl = (id: string) => `${proposalPath(id)}/tabel1.xlsx`;
export const roundOverviewUrl = (roundId: string) =>
  `/api/rounds/${encodeURIComponent(roundId)}/overview.docx`;

export async function importTabel1Xlsx(file: File): Promise<Tabel1Import> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch('/api/economics/import-xlsx', {
      method: 'POST',
      headers: { accept: 'application/json' },
      body,
    });
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'NetworkError', message: String(cause) });
  }
  if (!response.ok) {
    throw errorFromResponse(response.status, response.statusText, await response.text());
  }
  return (await response.json()) as Tabel1Import;
}
