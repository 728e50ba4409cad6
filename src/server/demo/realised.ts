import { scaleKroner } from '../../domain/economics/rounding.ts';
import type { Kroner } from '../../domain/money.ts';
import { entityChanged } from '../audit/entries.ts';
import type { DataAccess } from '../data-access.ts';

// Two years of realised figures for the demo's proposals in implementation, so a new user sees
// follow-up working: TV01 on track (its consents save a little more time than planned), LØFT
// (UD/SI01) lagging (half the § 107 places it planned to leave are still in use). Each figure
// is the plan's cell, the deviating rows scaled, so the demo follows the plan as decided.
// The SOF/BIF pre-analysis reports nothing, and its 2025 report shows as overdue.

interface DemoReport {
  code: string;
  /** Percent of the plan realised on the rows whose label matches, and why. */
  deviations: { label: RegExp; percent: bigint; comment: string }[];
}

const REPORTED_YEARS = [2025, 2026];

const DEMO_REPORTS: DemoReport[] = [
  {
    code: 'TV01',
    deviations: [
      {
        label: /^Tidsbesparelse/,
        percent: 104n,
        comment: 'Flere samtykker end ventet; tidsbesparelsen pr. samtykke holder.',
      },
    ],
  },
  {
    code: 'UD/SI01',
    deviations: [
      {
        label: /§ 107/,
        percent: 50n,
        comment:
          'Færre borgere er flyttet fra § 107-botilbud end planlagt; afviklingen er forsinket.',
      },
    ],
  },
];

/** Adds the demo's reports to proposals that have none yet, so a restart adds nothing. */
export async function recordDemoRealised(access: DataAccess): Promise<{ recorded: number }> {
  const plans = await access.realised.followedPlans();
  let recorded = 0;
  for (const demo of DEMO_REPORTS) {
    const plan = plans.find((p) => p.code === demo.code);
    if (!plan || (await access.realised.reportsOf(plan.proposalId)).length > 0) continue;
    await access.transaction(async (tx) => {
      for (const year of REPORTED_YEARS) {
        const column = plan.table.years.indexOf(year);
        if (column === -1) continue;
        const comments = plan.table.rows.map(() => '');
        const amounts = plan.table.rows.map((row, i): Kroner | null => {
          const planned = row.values[column] ?? null;
          const deviation = demo.deviations.find((d) => d.label.test(row.label));
          if (planned === null || !deviation) return planned;
          comments[i] = deviation.comment;
          return scaleKroner(planned, deviation.percent, 100n);
        });
        const saved = await tx.realised.saveReport({
          proposalId: plan.proposalId,
          year,
          expectedVersion: null,
          amounts,
          reported: amounts,
          reportedPriceLevelYear: null,
          comments,
          userId: null,
        });
        if (saved.outcome !== 'saved')
          throw new Error(`Demo report for ${demo.code} ${year} exists`);
        await tx.audit.append(
          entityChanged({
            actor: 'system',
            action: 'followup.realised',
            entity: { type: 'realised-report', id: `${plan.proposalId}:${year}` },
            proposalId: plan.proposalId,
            details: { year, version: saved.report.version, comment: 'Demodata' },
          }),
        );
      }
    });
    recorded++;
  }
  return { recorded };
}
