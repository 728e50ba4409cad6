import type { SectionTotals, TableEvaluation } from '../../domain/economics/index.ts';
import { indexValueOf } from '../../domain/economics/index.ts';
import { kronerToThousands, type Kroner } from '../../domain/money.ts';
import type { YearRules } from '../../domain/rules.ts';
import type { SubmissionRulesOutput } from '../../shared/economics-schema.ts';
import type { Language } from '../../shared/i18n/translate.ts';
import { toThousands } from '../../shared/proposal-schema.ts';
import type { z } from 'zod';
import { word } from '../words.ts';
import type { evaluationOutput } from './schema.ts';
import type { EconomicsEvaluation } from './service.ts';

// Whole kroner become thousands on the way out, as Tabel 1 is written: an integer divided by
// 1000 is the double nearest the decimal, so the JSON text is the exact amount.

const inThousands = (values: readonly Kroner[]) => values.map(kronerToThousands);

function presentSection({ byArea, total }: SectionTotals) {
  return {
    byArea: {
      service: inThousands(byArea.service),
      anlaeg: inThousands(byArea.anlaeg),
      overfoersler: inThousands(byArea.overfoersler),
      finans: inThousands(byArea.finans),
    },
    total: inThousands(total),
  };
}

function presentScenario({ scenario, evaluation }: EconomicsEvaluation['scenarios']['both']) {
  return {
    ...scenario,
    impact: inThousands(evaluation.impact),
    cumulative: inThousands(evaluation.cumulative),
    payback: evaluation.payback,
    npv: kronerToThousands(evaluation.npv.total),
  };
}

export function presentRules({ year, rules }: YearRules): SubmissionRulesOutput {
  const caps = rules.capByKind;
  return {
    year,
    paybackLimitYears: rules.paybackLimitYears,
    capByKind: {
      foranalyse: toThousands(caps.foranalyse),
      innovationsforslag: toThousands(caps.innovationsforslag),
      investeringsforslag: toThousands(caps.investeringsforslag),
    },
  };
}

function presentEvaluation(evaluation: TableEvaluation) {
  return {
    totals: {
      lasting: presentSection(evaluation.totals.lasting),
      implementation: presentSection(evaluation.totals.implementation),
      loan: presentSection(evaluation.totals.loan),
    },
    impact: inThousands(evaluation.impact),
    cumulative: inThousands(evaluation.cumulative),
    serviceImpact: inThousands(evaluation.serviceImpact),
    serviceCumulative: inThousands(evaluation.serviceCumulative),
    payback: evaluation.payback,
    npv: {
      discountRate: evaluation.npv.discountRate / 100,
      total: kronerToThousands(evaluation.npv.total),
    },
    requestedFromPool: kronerToThousands(evaluation.requestedFromPool),
  };
}

/** The evaluation as the API answers it, its findings worded in `language`. */
export function presentEconomics(
  result: EconomicsEvaluation,
  language: Language,
): z.output<typeof evaluationOutput> {
  const { table, conversion, scenarios } = result;
  return {
    table,
    conversion: conversion && {
      fromPriceLevelYear: conversion.fromPriceLevelYear,
      toPriceLevelYear: conversion.toPriceLevelYear,
      fromIndex: indexValueOf(conversion.fromPoints),
      toIndex: indexValueOf(conversion.toPoints),
    },
    ...presentEvaluation(result.evaluation),
    sensitivity: {
      savingsLower: presentScenario(scenarios.savingsLower),
      savingsLater: presentScenario(scenarios.savingsLater),
      both: presentScenario(scenarios.both),
    },
    rules: result.rules && presentRules(result.rules),
    issues: result.issues.map((issue) => ({
      ruleId: issue.ruleId,
      severity: issue.severity,
      field: issue.field,
      message: word({ rule: issue }, language),
    })),
  };
}
