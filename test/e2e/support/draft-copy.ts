import type { APIRequestContext } from 'playwright-core';

// A demo proposal's content as a new draft: the demo's proposals stand where their rounds left
// them (submitted, in implementation), so a test that edits or walks the workflow starts from a
// copy, without the code, round, approval and answers only the workflow's steps write.

/** POSTs `data` with the session's CSRF token; answers the resource's id and version. */
export async function write(
  request: APIRequestContext,
  url: string,
  data: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  const me = await (await request.get('/api/auth/me')).json();
  const response = await request.post(url, { data, headers: { 'x-csrf-token': me.csrfToken } });
  if (!response.ok()) throw new Error(`${url}: ${response.status()} ${await response.text()}`);
  // The decisions endpoints answer the round's line for the proposal, named proposalId.
  const body = await response.json();
  return { id: body.id ?? body.proposalId, version: body.version };
}

/** A draft copy of the demo proposal with `code`, titled `title`, created by `request`'s user. */
export async function draftCopy(
  request: APIRequestContext,
  code: string,
  title: string,
): Promise<{ id: string; version: number }> {
  const list = await (await request.get('/api/proposals')).json();
  const original = list.items.find((p: { code: string }) => p.code === code);
  const source = await (await request.get(`/api/proposals/${original.id}`)).json();
  const { id: _i, version: _v, status: _s, createdAt: _c, updatedAt: _u, ...content } = source;
  return write(request, '/api/proposals', {
    ...content,
    code: null,
    roundId: null,
    title,
    financeApproval: { approved: null, date: null, note: '' },
    hearings: source.hearings.map((h: { body: string }) => ({
      body: h.body,
      heard: null,
      date: null,
      answer: '',
    })),
  });
}
