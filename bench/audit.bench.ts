// The audit log's cost, on embedded PGlite: a proposal save with its audit entry (field-level
// diff, hash, the head row's lock, two more writes) against the same save without one, and
// verifying the whole log against only reading it.
import { proposalSaved } from '../src/server/audit/entries.ts';
import { dataAccess } from '../src/server/data-access.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { demoAdministrations, demoProposals } from '../src/server/demo/index.ts';
import { proposalContentInput } from '../src/shared/proposal-schema.ts';
import { median, medianMillisecondsAsync, type BenchModule, type BenchRow } from './lib.ts';

const SAVES = 200;
const ENTRIES = 5_000;
const REPEATS = 5;

export const audit: BenchModule = {
  name: 'audit',
  async run(): Promise<BenchRow[]> {
    const database = await openDatabase({ driver: 'pglite', dataDir: null });
    try {
      const access = dataAccess(database);
      await access.reference.insertMissing({
        administrations: demoAdministrations,
        committees: [],
        rounds: [],
        hearingBodies: [],
        submissionRules: [],
        pools: [],
      });
      const input = demoProposals[0]!;
      const content = proposalContentInput.parse({ ...input, committee: null, roundId: null });
      const stored = await access.transaction((tx) => tx.proposals.insert(content));
      let version = stored.version;
      const edited = (i: number) => ({ ...content, title: `${content.title} (${i})` });

      // Alternating, so both see the same growing tables and the same warm caches.
      const plain: number[] = [];
      const audited: number[] = [];
      for (let i = 0; i < SAVES; i++) {
        let start = performance.now();
        const v = version++;
        await access.transaction((tx) =>
          tx.proposals.update({
            id: stored.id,
            version: v,
            content: edited(2 * i),
            before: edited(2 * i - 1),
          }),
        );
        plain.push(performance.now() - start);
        start = performance.now();
        await access.transaction(async (tx) => {
          const saved = await tx.proposals.update({
            id: stored.id,
            version,
            content: edited(2 * i + 1),
            before: edited(2 * i),
          });
          await tx.audit.append(
            proposalSaved({
              actor: 'system',
              proposalId: stored.id,
              version: version + 1,
              before: edited(2 * i),
              after: edited(2 * i + 1),
              fromState: 'draft',
              toState: saved.outcome === 'updated' ? saved.proposal.status : 'draft',
            }),
          );
        });
        version++;
        audited.push(performance.now() - start);
      }

      for (let i = 0; i < ENTRIES - SAVES; i++) {
        await access.transaction((tx) =>
          tx.audit.append(
            proposalSaved({
              actor: 'system',
              proposalId: stored.id,
              version: i,
              before: edited(i),
              after: edited(i + 1),
              fromState: 'draft',
              toState: 'draft',
            }),
          ),
        );
      }
      const readOnly = await medianMillisecondsAsync(REPEATS, async () => {
        await access.audit.readChain(() => {});
      });
      const verify = await medianMillisecondsAsync(REPEATS, async () => {
        const walk = access.audit.walk();
        const verdict = walk.finish(await access.audit.readChain((page) => walk.add(page)));
        if (!verdict.intact) throw new Error('the benchmark log is broken');
      });

      const saveAudited = median(audited);
      const savePlain = median(plain);
      return [
        {
          metric: `save with audit entry (median of ${SAVES}; baseline: without)`,
          value: saveAudited,
          unit: 'ms',
          baseline: savePlain,
          ratio: saveAudited / savePlain,
        },
        {
          metric: `verify ${ENTRIES} entries (baseline: read them)`,
          value: verify,
          unit: 'ms',
          baseline: readOnly,
          ratio: verify / readOnly,
        },
      ];
    } finally {
      await database.close();
    }
  },
};
