import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalList, proposalSummary, type ProposalSort } from '../../shared/api-schemas.ts';
import { mapPage } from '../../shared/paging.ts';
import { proposalOutput } from '../../shared/proposal-schema.ts';
import { moveProposal } from '../test/proposals.ts';
import { startTestApp, testDatabases, type TestApp } from '../test/app.ts';
import { fullProposal, givenMunicipality } from '../test/factories.ts';
import { presentSummary } from './presenter.ts';
import { proposalStore, type ProposalPageQuery } from './store.ts';

// The list and the inbox answer with JSON the database writes (pageJson). It must be what the
// presenter and the response schema write of the same proposals, field for field, or the web
// list would show something the rest of the API does not say.

describe.each(testDatabases())('the list written by the database on $name', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(() => t?.close());

  it('equals the presented page, in every sort, direction and page', async () => {
    const m = await givenMunicipality(t.access);
    const amounts = [[1500.001, 500], [-1200.5], [0.001], [9_000_000], [], [0.25, 0.5]];
    const ids: string[] = [];
    for (const [i, values] of amounts.entries()) {
      const base = fullProposal(m);
      const input = {
        ...base,
        code: i === 1 ? null : `BC${10 - i}`,
        title: ['Æblehaven', 'aftaler', 'Øer', 'Bølger', 'Aftaler', 'Zoner'][i]!,
        kind: i % 2 === 0 ? ('investeringsforslag' as const) : ('foranalyse' as const),
        leadAdministration: i === 4 ? null : m.administration,
        economy: {
          ...base.economy!,
          rows: values.length
            ? [
                {
                  label: 'Løn',
                  section: 'implementation' as const,
                  area: 'service' as const,
                  values,
                },
              ]
            : [],
        },
      };
      const response = await t.api({ method: 'POST', url: '/api/proposals', payload: input });
      expect(response.statusCode, response.body).toBe(201);
      ids.push(proposalOutput.parse(response.json()).id);
    }
    for (const id of ids.slice(0, 2)) {
      const stored = (await t.access.proposals.find(id))!;
      await moveProposal(t.access, stored, stored.content, 'submitted');
    }

    const store = proposalStore(t.database.db);
    const sorts: ProposalSort[] = ['code', 'title', 'updatedAt', 'amount'];
    for (const sort of sorts) {
      for (const order of ['asc', 'desc'] as const) {
        for (const [limit, offset] of [
          [50, 0],
          [2, 1],
          [5, 10],
        ] as const) {
          const query: ProposalPageQuery = {
            filter: { roundId: m.roundId },
            visible: [{ scope: 'all' }],
            sort,
            order,
            limit,
            offset,
          };
          const written = JSON.parse(await store.pageJson(query));
          const presented = proposalList.parse(mapPage(await store.page(query), presentSummary));
          expect(written, `${sort} ${order} ${limit}/${offset}`).toEqual(presented);
        }
      }
    }
  });

  it('writes every field of the schema, in its order, and the inbox as well', async () => {
    const m = await givenMunicipality(t.access);
    await t.api({ method: 'POST', url: '/api/proposals', payload: fullProposal(m) });
    const query: ProposalPageQuery = {
      filter: { roundId: m.roundId },
      visible: [{ scope: 'administration', administration: m.administration }],
      waiting: [
        {
          anyAdministration: [],
          ownAdministration: ['draft'],
          administration: m.administration,
        },
      ],
      sort: 'updatedAt',
      order: 'desc',
      limit: 50,
      offset: 0,
    };
    const store = proposalStore(t.database.db);
    const written = JSON.parse(await store.pageJson(query));
    expect(written.total).toBe(1);
    expect(Object.keys(written.items[0])).toEqual(Object.keys(proposalSummary.shape));
    expect(written).toEqual(proposalList.parse(mapPage(await store.page(query), presentSummary)));
  });
});
