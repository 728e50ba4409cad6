import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../../shared/api-schemas.ts';
import { reminderList } from '../../../shared/followup/reminders-schema.ts';
import { actorOf } from '../../auth/access.ts';
import type { Services } from '../../services.ts';

export const reminderRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get(
    '/reminders',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['follow-up'],
        summary:
          'Dine påmindelser: årsopfølgninger og opfølgningsmål, der snart skal eller skulle være fulgt op',
        description:
          'For forfattere og reviewere: deres forvaltnings bevilgede forslag. En årsopfølgning ' +
          'skal være indberettet på den dato i det følgende år, REPORT_DUE siger (1. marts); ' +
          'påmindelsen vises REMINDER_LEAD_DAYS dage før (14).',
        response: { 200: reminderList, 401: apiError },
      },
    },
    async (request) => {
      const items = await services.remindersFor({ user: actorOf(request) });
      return {
        items: items.map(({ reminder, plan }) => ({
          key: reminder.key,
          kind: reminder.kind,
          proposalId: plan.proposalId,
          code: plan.code,
          title: plan.title,
          year: reminder.kind === 'report' ? reminder.year : null,
          goalId: reminder.kind === 'goal' ? reminder.goalId : null,
          goal: reminder.kind === 'goal' ? reminder.goal : null,
          dueOn: reminder.dueOn,
          overdue: reminder.overdue,
        })),
      };
    },
  );
};
