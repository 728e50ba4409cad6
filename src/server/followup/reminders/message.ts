import type { Reminder } from '../../../domain/followup/reminders.ts';

// The reminder e-mail, in Danish: what is due, on which proposal, by when, and where to do it.

const longDate = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** 2027-03-01 as "1. marts 2027". */
export const danishLongDate = (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`));

export function reminderMail(
  reminder: Reminder,
  proposal: { code: string | null; title: string },
  recipient: { name: string },
): { subject: string; text: string } {
  const name = [proposal.code, proposal.title].filter(Boolean).join(' ');
  const due = danishLongDate(reminder.dueOn);
  const what =
    reminder.kind === 'report'
      ? `de realiserede udgifter og besparelser for ${reminder.year}`
      : `opfølgningsmålet "${reminder.goal}"`;
  const subject =
    reminder.kind === 'report'
      ? `Påmindelse: opfølgning for ${reminder.year} på ${name} senest ${due}`
      : `Påmindelse: opfølgningsmål på ${name} senest ${due}`;
  const when = reminder.overdue
    ? `skulle have været fulgt op senest ${due}`
    : `skal følges op senest ${due}`;
  const text = [
    `Kære ${recipient.name}`,
    '',
    `Forslaget ${name} er bevilget af puljen, og ${what} ${when}.`,
    reminder.kind === 'report'
      ? 'Indberet tallene pr. række i Tabel 1, med en kommentar hvor de afviger fra planen.'
      : 'Registrér en måling, gerne med dokumentation, og opdatér målets status.',
    '',
    'Du finder påmindelsen under "Venter på dig" i puljesystemet.',
    '',
    'Venlig hilsen',
    'Investerings- og innovationspuljerne',
    '',
    'Denne e-mail er sendt automatisk, og du får den kun én gang.',
  ].join('\n');
  return { subject, text };
}
