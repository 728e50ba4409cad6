import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { proposalContentInput } from '../../../shared/proposal-schema.ts';
import { labelKey } from './field-paths.ts';

// A field the server can report an issue on must have a label in the form, or the issue cannot
// land on the input the user typed it in. New fields of the declaration are checked here too.

const SHAPED = ['economy', 'stated', 'futureInvestment', 'financeApproval'];
const LISTS = ['followUpGoals', 'risks', 'partners', 'hearings'] as const;
const shape = proposalContentInput.shape;

describe('the labels of the edit form', () => {
  it('label every plain field of the proposal', () => {
    const plain = Object.keys(shape).filter(
      (key) => !SHAPED.includes(key) && !(LISTS as readonly string[]).includes(key),
    );
    expect(plain.filter((key) => labelKey(key) === null)).toEqual([]);
  });

  it('label every field of an item of each list', () => {
    const unlabelled = LISTS.flatMap((list) => {
      const item = (shape[list].unwrap() as z.ZodArray<z.ZodObject>).element.shape;
      return Object.keys(item)
        .map((field) => `${list}.0.${field}`)
        .filter((path) => labelKey(path) === null);
    });
    expect(unlabelled).toEqual([]);
  });
});
