import type { Tabel1Import } from '../../shared/documents-schema.ts';
import { apiRequest } from './client.ts';

// Word and Excel files: downloads are plain links the browser saves; reading Tabel 1 from an
// .xlsx uploads the file as multipart/form-data.

const proposalPath = (id: string) => `/api/proposals/${encodeURIComponent(id)}`;

export const proposalDocxUrl = (id: string) => `${proposalPath(id)}/export.docx`;
export const tabel1XlsxUrl = (id: string) => `${proposalPath(id)}/tabel1.xlsx`;
export const roundOverviewUrl = (roundId: string) =>
  `/api/rounds/${encodeURIComponent(roundId)}/overview.docx`;

export function importTabel1Xlsx(file: File): Promise<Tabel1Import> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest('/economics/import-xlsx', { method: 'POST', body: form });
}
