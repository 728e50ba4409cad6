import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { kronerToThousands, type Kroner } from '../../../domain/money.ts';
import { apiError } from '../../../shared/api-schemas.ts';
import {
  framesOutput,
  framesQuery,
  type FramesOutput,
} from '../../../shared/followup/frames-schema.ts';
import { actorOf } from '../../auth/access.ts';
import { sendProblem } from '../../http/errors.ts';
import type { Services } from '../../services.ts';
import type { FramesView } from './service.ts';

const tags = ['follow-up'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const reads = { 400: apiError, 401: apiError };
const thousands = (values: readonly Kroner[]) => values.map(kronerToThousands);

function presentFrames(view: FramesView): FramesOutput {
  const { frames } = view;
  const nameOf = (code: string | null) => (code ? (view.administrationNames[code] ?? null) : null);
  return {
    priceLevelYear: view.priceLevelYear,
    years: frames.years,
    complete: view.complete,
    administrations: frames.administrations.map((a) => ({
      code: a.administration,
      name: nameOf(a.administration),
      areas: a.areas.map((line) => ({ area: line.area, values: thousands(line.values) })),
      total: thousands(a.total),
      proposals: a.proposals.map((p) => ({ ...p, values: thousands(p.values) })),
    })),
    total: thousands(frames.total),
    unconverted: view.unconverted.map(({ plan, reason, indexYear }) => ({
      proposalId: plan.proposalId,
      code: plan.code,
      title: plan.title,
      administration: plan.administration,
      administrationName: nameOf(plan.administration),
      priceLevelYear: plan.table.priceLevelYear,
      reason,
      indexYear,
    })),
  };
}

export const frameRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (
  app,
  { services },
) => {
  const description =
    'De bevilgede forslag, du må se (en forvaltning sine egne), i ét prisniveau: ' +
    '`priceLevelYear`, ellers det nyeste af planernes, som prisindekset har. `from` og `to` ' +
    'vælger årene (ellers planernes). Et forslag, hvis Tabel 1 ikke kan omregnes med ' +
    'prisindekset, står i `unconverted` og er ikke med i rammerne; 400 kun når det ønskede ' +
    '`priceLevelYear` ikke kan bruges. Negativ er en reduktion af rammen. Kun det ' +
    'budgetterede; det realiserede sammenlignes andetsteds.';

  app.get(
    '/budget-frames',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'De varige ændringer som ændringer af forvaltningernes budgetrammer pr. år',
        description,
        querystring: framesQuery,
        response: { 200: framesOutput, ...reads },
      },
    },
    async (request, reply) => {
      const found = await services.budgetFrames({ user: actorOf(request), query: request.query });
      return found.ok ? presentFrames(found.value) : sendProblem(reply, found.problem);
    },
  );

  app.get(
    '/budget-frames.xlsx',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Budgetrammerne som Excel-ark (.xlsx)',
        description,
        querystring: framesQuery,
        response: {
          200: {
            description: 'Excel-arket',
            content: { [XLSX]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
          },
          ...reads,
        },
      },
    },
    async (request, reply) => {
      const made = await services.exportBudgetFramesXlsx({
        user: actorOf(request),
        query: request.query,
      });
      if (!made.ok) return sendProblem(reply, made.problem);
      return reply
        .type(XLSX)
        .header('content-disposition', made.value.disposition)
        .header('cache-control', 'no-store')
        .send(made.value.body);
    },
  );
};
