import { z } from 'zod';
import { declareProposal, PROPOSAL_STATUSES } from '../domain/proposal.ts';
import { MAX_AMOUNT_THOUSANDS } from '../domain/limits.ts';
import { kronerToThousands, thousandsToKroner, type Kroner } from '../domain/money.ts';

// The wire format of a proposal, shared by the server (validation, OpenAPI) and the web app.
// Amounts travel in thousands of kroner, as Tabel 1 is written, and are parsed to whole kroner.
// Drafts are saved whatever they hold, so these schemas check shape, not completeness: the
// submission rules live in the domain core.

/** A Tabel 1 amount: thousands of kroner with at most three decimals on the wire, kroner inside. */
export const thousandsAmount = z.codec(
  z
    .number({ error: 'skal være et tal (1.000 kr.)' })
    .min(-MAX_AMOUNT_THOUSANDS)
    .max(MAX_AMOUNT_THOUSANDS),
  z.custom<Kroner>(),
  {
    decode: (value, ctx) => {
      const kr = thousandsToKroner(value);
      if (kr === null) {
        ctx.issues.push({
          code: 'custom',
          message: 'højst tre decimaler (hele kroner)',
          input: value,
        });
        return z.NEVER;
      }
      return kr;
    },
    encode: (kr) => kronerToThousands(kr),
  },
);

/** An amount going out: whole kroner inside, written in thousands by the serializer. */
export const thousandsOut = z.codec(z.number(), z.custom<Kroner>(), {
  decode: (value) => value as Kroner,
  encode: (kr) => kronerToThousands(kr),
});

const wire = declareProposal(thousandsAmount, 'input');
const answer = declareProposal(thousandsOut, 'output');

export const isoDate = z.iso.date({ error: 'skal være en dato på formen ÅÅÅÅ-MM-DD' });
export const year = wire.year;
export const yearColumns = wire.years;
export const economicRows = wire.economicRows;
/** Tabel 1 on its own, as a request sends it. */
export const economicTableInput = wire.content.shape.economy.unwrap();

/** Everything a user writes in a proposal; all but title and kind may be left for later. */
export const proposalContentInput = wire.content;
export type ProposalContentInput = z.input<typeof proposalContentInput>;

/** The largest version: the database counts versions in a 32-bit integer. */
export const VERSION_MAX = 2_147_483_647;

/** The version a change builds on: a larger one is refused here, not by the database as a 500. */
export const versionInput = z.number().int().min(1).max(VERSION_MAX);

/**
 * A save of an existing proposal names the version it was based on (optimistic concurrency).
 * What the workflow records (Tabel 4, Tabel 6's answers, code, round) may be left out, and then
 * keeps what is stored; sent, it must be unchanged (see domain/workflow/recorded.ts).
 */
const recorded = proposalContentInput.shape;
export const proposalUpdateInput = proposalContentInput.extend({
  version: versionInput,
  code: recorded.code.unwrap().optional(),
  roundId: recorded.roundId.unwrap().optional(),
  financeApproval: recorded.financeApproval.unwrap().optional(),
  hearings: recorded.hearings.unwrap().optional(),
});
export type ProposalUpdateInput = z.input<typeof proposalUpdateInput>;

// Output: the same declaration with amounts back in thousands, plus identity and bookkeeping.
// The route answers with kroner; the serializer encodes them, so no hand-written presenter
// can forget a field.

/** Tabel 1 as it goes out: amounts in thousands, null for an empty cell. */
export const economicTableOutput = answer.economicTable;

/** A proposal's content as it goes out, without identity: what an import read, for one. */
export const proposalContentOutput = answer.content;

export const proposalOutput = answer.content.extend({
  id: z.uuid(),
  version: z.number().int(),
  status: z.enum(PROPOSAL_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** A value as it travels: every amount in thousands of kroner, a plain number. */
export type Wire<T> = T extends Kroner
  ? number
  : T extends readonly (infer Item)[]
    ? Wire<Item>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

/** A proposal's content as it travels, amounts in thousands. */
export type ProposalContentOutput = Wire<z.output<typeof proposalContentOutput>>;

/** A proposal as it travels: what the web app receives. */
export type ProposalOutput = Wire<z.output<typeof proposalOutput>>;

export const toThousands = (v: Kroner | null): number | null =>
  v === null ? null : kronerToThousands(v);
