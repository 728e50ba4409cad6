import { describe, expect, it } from 'vitest';
import { validateProposal } from '../domain/validation/index.ts';
import { copenhagen2026, investmentCase } from '../domain/validation/fixtures.ts';
import { problemsDa } from '../shared/i18n/problems.da.ts';
import { problemsEn } from '../shared/i18n/problems.en.ts';
import { problemBody, validationProblem } from './problems.ts';
import { say, word } from './words.ts';

describe('the catalogue of the API’s messages', () => {
  it('has English for every Danish message, and only for those', () => {
    expect(Object.keys(problemsEn).sort()).toEqual(Object.keys(problemsDa).sort());
    for (const [key, danish] of Object.entries(problemsDa)) {
      const english = problemsEn[key as keyof typeof problemsDa];
      expect(english.trim(), key).not.toBe('');
      // Only a message with no words of its own ("file: {reason}") reads the same in both.
      const ownWords = danish.replace(/\{\w+\}/g, '').replace(/^[\w.]*:\s*/, '');
      if (/\p{L}/u.test(ownWords)) expect(english, key).not.toBe(danish);
    }
  });
});

describe('word', () => {
  it('says a message in the language asked for, with its values', () => {
    const stale = say('problem.proposal.stale', { version: 3, currentVersion: 4 });
    expect(word(stale, 'da')).toMatch(
      /^Forslaget er blevet ændret af en anden.*version 3.*version 4/,
    );
    expect(word(stale, 'en')).toMatch(/^The proposal has been changed by someone else.*version 3/);
    expect(word(say('problem.proposal.notFound', { id: 'abc' }), 'da')).toBe(
      "Der findes intet forslag med id 'abc'.",
    );
  });

  it('words a value that is itself a message in the same language', () => {
    const wait = (n: number) =>
      say('problem.signIn.tooMany', { wait: say('problem.wait.minutes', { n }) });
    expect(word(wait(1), 'da')).toBe('For mange forsøg på at logge ind. Prøv igen om 1 minut.');
    expect(word(wait(5), 'da')).toBe('For mange forsøg på at logge ind. Prøv igen om 5 minutter.');
    expect(word(wait(5), 'en')).toBe('Too many attempts to sign in. Try again in 5 minutes.');
  });

  it('says a submission rule’s issue in the rule’s English', () => {
    const [issue] = validateProposal({ ...investmentCase, title: '' }, copenhagen2026);
    expect(issue).toBeDefined();
    expect(word({ rule: issue! }, 'da')).toBe(issue!.message);
    expect(word({ rule: issue! }, 'en')).not.toBe(issue!.message);
  });
});

describe('problemBody', () => {
  it('names each field of a validation problem by its label in the language, after the lead', () => {
    const problem = validationProblem(
      [{ field: 'roundId', message: say('issue.unknownRound', { id: 'x' }) }],
      say('problem.step.cannotSubmit'),
    );
    expect(problemBody(problem, 'da').message).toBe(
      "Forslaget kan ikke indsendes: Runde: ukendt runde 'x'",
    );
    expect(problemBody(problem, 'en')).toEqual({
      error: 'ValidationError',
      message: "The proposal cannot be submitted: Round: unknown round 'x'",
      issues: [{ field: 'roundId', message: "unknown round 'x'" }],
    });
  });
});
