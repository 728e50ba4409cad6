import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/api-schemas.ts';
import {
  loanList,
  loanOutput,
  loanPaymentInput,
  loanTermsInput,
} from '../../../shared/followup/loans-schema.ts';
import { actorOf } from '../../auth/access.ts';
import { answer, refusedReads, refusedWrites } from '../../http/errors.ts';
import type { Services } from '../../services.ts';
import { presentLoan, presentLoanSummary } from './presenter.ts';

const tags = ['follow-up'];
const params = z.object({ id: z.uuid() });

export const loanRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get(
    '/loans',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Interne lån: lånt, tilbagebetalt, saldo og hvad der er forfaldent',
        description:
          'De lån, du må se (en forvaltning sine egne). Beløb i 1.000 kr. i planens prisniveau.',
        querystring: z.strictObject({ administration: z.string().max(40).optional() }),
        response: { 200: loanList, 400: apiError, 401: apiError },
      },
    },
    async (request) => {
      const views = await services.listLoans({
        user: actorOf(request),
        administration: request.query.administration,
      });
      return { items: views.map(presentLoanSummary) };
    },
  );

  app.get(
    '/proposals/:id/loan',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Et forslags interne lån: plan, betalinger og status i dag',
        description:
          '`version` 0: lånet står, som planens lånerækker angiver det, og intet er registreret endnu.',
        params,
        response: { 200: loanOutput, ...refusedReads },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await services.findLoan({
          proposalId: request.params.id,
          user: actorOf(request),
        }),
        presentLoan,
      ),
  );

  app.put(
    '/proposals/:id/loan',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Sæt lånets hovedstol og tilbagebetalingsplan',
        description:
          'Kun puljesekretariatet, med en begrundelse. `version` er den, du så (0 før noget er ' +
          'registreret); 409 når lånet er ændret siden.',
        params,
        body: loanTermsInput,
        response: { 200: loanOutput, ...refusedWrites },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await services.setLoanTerms({
          proposalId: request.params.id,
          user: actorOf(request),
          input: request.body,
        }),
        presentLoan,
      ),
  );

  app.post(
    '/proposals/:id/loan/payments',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Registrér en betaling på lånet',
        description:
          'Kun puljesekretariatet. Betalingen dækker de ældste rater først; en betaling ud over ' +
          'planen vises som overbetalt. 409 når lånet er ændret siden `version`.',
        params,
        body: loanPaymentInput,
        response: { 201: loanOutput, ...refusedWrites },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        await services.recordLoanPayment({
          proposalId: request.params.id,
          user: actorOf(request),
          input: request.body,
        }),
        presentLoan,
        201,
      ),
  );
};
