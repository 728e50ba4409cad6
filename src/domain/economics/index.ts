// The Tabel 1 engine: pure, exact integer-kroner arithmetic that the UI, the API and the exports
// all call, so subtotals, payback, present value and price levels have one source each.
export {
  addSeries,
  evaluateOrNull,
  evaluateTable,
  sectionTotals,
  type AreaSeries,
  type EvaluationOptions,
  type SectionTotals,
  type TableEvaluation,
  type TableTotals,
} from './evaluate.ts';
export {
  DEFAULT_SCENARIO,
  discountRateOfPercent,
  MAX_DISCOUNT_RATE_PERCENT,
  SCENARIO_LIMITS,
} from './inputs.ts';
export { areaOfName, seriesForLabel } from './labels.ts';
export {
  basisPoints,
  DEFAULT_DISCOUNT_RATE,
  exactNetPresentValue,
  netPresentValue,
  type BasisPoints,
} from './npv.ts';
export { cumulativeSum, paybackYear } from './payback.ts';
export {
  convertAmount,
  convertPriceLevel,
  indexPoints,
  indexPointsOf,
  indexValueOf,
  priceRatio,
  type PriceIndex,
  type PriceLevelError,
  type PriceLevelResult,
} from './price-level.ts';
export { divideRounded, scaleKroner } from './rounding.ts';
export { applySensitivity, sensitivity, type Scenario } from './sensitivity.ts';
