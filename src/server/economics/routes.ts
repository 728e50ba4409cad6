import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../shared/api-schemas.ts';
import { submissionRulesList } from '../../shared/economics-schema.ts';
import { sendProblem } from '../http/errors.ts';
import { languageOf } from '../http/language.ts';
import type { Services } from '../services.ts';
import { presentEconomics, presentRules } from './presenter.ts';
import { DEFAULT_SCENARIO } from '../../domain/economics/index.ts';
import { evaluateBody, evaluationOutput } from './schema.ts';

const tags = ['economics'];

export const economicsRoutes: FastifyPluginAsyncZod<{
  services: Pick<Services, 'evaluateEconomics' | 'listSubmissionRules'>;
}> = async (app, { services }) => {
  app.post(
    '/economics/evaluate',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Beregn Tabel 1: subtotaler, tilbagebetalingstid, nutidsværdi og kontrol',
        description:
          'Beløb i 1.000 kr. med højst tre decimaler (hele kroner); null er en tom celle. ' +
          'Tilbagebetalingsgrænse og lofter er reglerne for `rulesYear` (som standard året for ' +
          'runden `roundId`, ellers prisniveauet, ellers første år), og kontrolleres for den ' +
          '`kind`, der sendes. ' +
          '`discountRate` er i procent (standard 3.5). `sensitivity` giver tilbagebetalingen, ' +
          `hvis besparelserne er lavere (standard ${DEFAULT_SCENARIO.savingsReductionPercent} %) ` +
          `og kommer senere (standard ${DEFAULT_SCENARIO.delayYears} år). ` +
          '`targetPriceLevelYear` omregner tabellen med prisindekset, før der beregnes. ' +
          'Uoverensstemmende input (flere værdier end år, ukendt styringsområde, flere ' +
          'decimaler) afvises med 400 og feltets navn.',
        body: evaluateBody,
        response: { 200: evaluationOutput, 400: apiError },
      },
    },
    async (request, reply) => {
      const { priceLevelYear, years, rows, sensitivity, ...options } = request.body;
      const result = await services.evaluateEconomics({
        ...options,
        table: { priceLevelYear, years, rows },
        scenario: sensitivity ?? DEFAULT_SCENARIO,
      });
      if (!result.ok) return sendProblem(reply, result.problem);
      return presentEconomics(result.value, languageOf(request));
    },
  );

  app.get(
    '/submission-rules',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Indsendelsesregler år for år: tilbagebetalingsgrænse og lofter',
        description:
          'Et år uden egne regler følger det seneste år før det. Lofter i 1.000 kr.; null er intet loft.',
        response: { 200: submissionRulesList },
      },
    },
    async () => ({ items: (await services.listSubmissionRules()).map(presentRules) }),
  );
};
