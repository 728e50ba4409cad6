// A municipality's archive for the HTTP benchmark and the load test: the demo data, then its six
// proposals copied set-based, in SQL, into as many as asked (every table of a proposal, a
// version snapshot and the search document the save path builds), spread over the seven
// forvaltninger, the workflow's statuses and a year of changes; and accounts for simulated users.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Role } from '../src/domain/workflow/roles.ts';
import { hashPassword } from '../src/server/auth/passwords.ts';
import { dataAccess } from '../src/server/data-access.ts';
import { openDatabase, type DatabaseOptions } from '../src/server/db/database.ts';
import {
  economicRows,
  followUpGoals,
  futureInvestments,
  hearings,
  partners,
  risks,
} from '../src/server/db/schema.ts';
import { demoAdministrations } from '../src/server/demo/index.ts';
import { demoSeedData } from '../src/server/demo/seed-data.ts';
import { seedDemoData } from '../src/server/seed/seed.ts';
import { services } from '../src/server/services.ts';

export const LOAD_PASSWORD = 'belastning-kodeord-1';

/** The simulated users: a secretariat account and an author per forvaltning, in turn. */
export function loadUsers(
  count: number,
): { username: string; role: Role; administration: string | null }[] {
  return Array.from({ length: count }, (_, i) => {
    const administration = demoAdministrations[i % demoAdministrations.length]!.code;
    return i % 2 === 0
      ? { username: `last-${i}`, role: 'secretariat', administration: null }
      : { username: `last-${i}`, role: 'author', administration };
  });
}

// Statuses up to the decision: a granted proposal has a plan, which copying does not make.
const STATUSES = [
  'draft',
  'draft',
  'ready_for_finance',
  'finance_approved',
  'in_hearing',
  'submitted',
  'recommended',
  'not_recommended',
  'rejected',
  'postponed',
];
const TITLE_WORDS = [
  'Digital',
  'Fælles',
  'Ny',
  'Bedre',
  'Samlet',
  'Styrket',
  'Ældre',
  'Øget',
  'Åben',
];

const list = (values: readonly string[]) =>
  sql.raw(`array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`);

/** Copies each table of a proposal's parts from its source to its copies (bench_copy). */
function copyParts(table: PgTable): SQL {
  const names = Object.values(getTableColumns(table))
    .map((column) => column.name)
    .filter((name) => name !== 'proposal_id');
  const columns = sql.raw(names.map((n) => `"${n}"`).join(', '));
  const selected = sql.raw(names.map((n) => `r."${n}"`).join(', '));
  return sql`insert into ${table} (proposal_id, ${columns})
    select c.id, ${selected} from bench_copy c join ${table} r on r.proposal_id = c.source`;
}

export async function buildArchive(
  options: DatabaseOptions,
  { proposals, users }: { proposals: number; users: number },
): Promise<void> {
  const database = await openDatabase(options);
  const access = dataAccess(database);
  const { db } = database;
  try {
    await seedDemoData({ access, services: services(access), data: demoSeedData });
    const administrations = demoAdministrations.map((a) => a.code);
    await db.execute(sql`create temporary table bench_source as
      select id, (row_number() over (order by id) - 1)::int as n from proposals`);
    const sources = (await db.execute(
      sql`select count(*)::int as n from bench_source`,
    )) as unknown as {
      rows: { n: number }[];
    };
    const sourceCount = sources.rows[0]!.n;
    await db.execute(sql`create temporary table bench_copy as
      select g, s.id as source, gen_random_uuid() as id
      from generate_series(1, ${proposals - sourceCount}) g
      join bench_source s on s.n = g % ${sourceCount}`);
    const status = sql`(${list(STATUSES)})[1 + c.g % ${STATUSES.length}]`;
    await db.execute(sql`
      insert into proposals (id, version, status, created_at, updated_at, code, title, kind,
        summary, lead_administration, affected_administrations, committee, round_id,
        description, economy_narrative, price_level_year, years, stated,
        future_investment_narrative, implementation_narrative, risk_level, risk_narrative,
        admin_efficiency, finance_approved, finance_approval_date, finance_approval_note,
        total_implementation)
      select c.id, 1, ${status}, p.created_at, now() - c.g * interval '1 hour',
        case when ${status} = 'draft' then null else 'A' || c.g end,
        (${list(TITLE_WORDS)})[1 + abs(hashint4(c.g)) % ${TITLE_WORDS.length}] || ' ' || lower(p.title),
        p.kind, p.summary, (${list(administrations)})[1 + c.g % ${administrations.length}],
        p.affected_administrations, p.committee, p.round_id, p.description, p.economy_narrative,
        p.price_level_year, p.years, p.stated, p.future_investment_narrative,
        p.implementation_narrative, p.risk_level, p.risk_narrative, p.admin_efficiency,
        p.finance_approved, p.finance_approval_date, p.finance_approval_note,
        p.total_implementation
      from bench_copy c join proposals p on p.id = c.source`);
    for (const table of [
      economicRows,
      followUpGoals,
      risks,
      partners,
      hearings,
      futureInvestments,
    ]) {
      await db.execute(copyParts(table));
    }
    await db.execute(sql`
      insert into proposal_versions (proposal_id, version, status, snapshot, saved_at)
      select c.id, 1, p.status, v.snapshot || jsonb_build_object('code', p.code, 'title', p.title,
          'leadAdministration', p.lead_administration),
        p.updated_at
      from bench_copy c
      join proposals p on p.id = c.id
      join proposals s on s.id = c.source
      join proposal_versions v on v.proposal_id = s.id and v.version = s.version`);
    await db.execute(sql`select refresh_proposal_search(id) from bench_copy`);
    const passwordHash = await hashPassword(LOAD_PASSWORD);
    await access.users.insertMissing(
      loadUsers(users).map(({ username, role, administration }) => ({
        username,
        name: `Bruger ${username}`,
        passwordHash,
        oidcSubject: null,
        roles: [{ role, administration }],
      })),
    );
    // What autovacuum does to tables at rest: statistics for the planner, and the visibility
    // map that lets a count read an index alone.
    await db.execute(sql`vacuum analyze`);
  } finally {
    await database.close();
  }
}
