import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AREAS, PROPOSAL_KINDS, ROW_SECTIONS } from '../../domain/proposal.ts';
import { seedPath } from '../../import/test-seeds.ts';
import { runCli } from './import.ts';

// `npm run --silent import -- --json FILE`'s contract (issue "Documents in and out"): stdout is
// a JSON array, one object per proposal, with these fields in thousands of kroner, for every
// generation of the template; nothing else is written to stdout.

const cells = z.array(z.number().nullable());
const payback = z.object({ service: z.number().nullable(), total: z.number().nullable() });
const contract = z.array(
  z.object({
    code: z.string().nullable(),
    title: z.string(),
    kind: z.enum(PROPOSAL_KINDS),
    leadAdministration: z.string().nullable(),
    priceLevelYear: z.number().int().nullable(),
    years: z.array(z.number().int()),
    rows: z.array(
      z.object({
        label: z.string(),
        section: z.enum(ROW_SECTIONS),
        area: z.enum(AREAS),
        values: cells,
      }),
    ),
    stated: z.object({
      payback,
      totals: z.array(z.object({ label: z.string(), values: cells })),
    }),
    computed: z.object({ payback }),
    mismatches: z.array(
      z.object({
        field: z.string(),
        stated: z.number().nullable(),
        computed: z.number().nullable(),
      }),
    ),
  }),
);

const FIXTURES = fileURLToPath(new URL('../../import/fixtures/', import.meta.url));
const documents = [
  seedPath('000_'),
  seedPath('002_'),
  ...readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => FIXTURES + file),
];

async function json(file: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['--json', file], {
    readFile: (path) => readFile(path),
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    openServices: () => Promise.reject(new Error('--json alone must not open the database')),
  });
  return { code, out, err };
}

describe('import --json', () => {
  it.each(documents.map((path) => [path.split('/').at(-1)!, path]))(
    'prints %s as the contract says, JSON alone on stdout',
    async (_, path) => {
      const { code, out, err } = await json(path);
      expect(code).toBe(0);
      expect(err).toEqual([]);
      expect(out).toHaveLength(1);
      const proposals = contract.parse(JSON.parse(out[0]!));
      expect(proposals.length).toBeGreaterThan(0);
      for (const p of proposals) {
        for (const row of p.rows) expect(row.values).toHaveLength(p.years.length);
      }
    },
  );

  it('exits with 1 and a message on stderr for a file it cannot read', async () => {
    const { code, out, err } = await json('/no/such/file.txt');
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual(['Kan ikke læse /no/such/file.txt: filen findes ikke']);
  });
});
