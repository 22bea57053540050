/** The engine's public surface: everything outside src/engine imports from here, grouped by folder. */

// Vocabulary: the ids users' files contain (missions, sizes) and their labels.
export { MISSION_IDS, STANDARD_MISSION_IDS, CRISIS_MISSION_ID, FONCTIONNEMENT } from './vocabulary/missions';
export type { MissionId, StandardMissionId, Component, LineMission } from './vocabulary/missions';
export { SIZES, type Size } from './vocabulary/sizes';

// Money: decimal.js amounts, integer cents, the one rounding to the cent.
export { centsOf, fromCents } from './money/cents';
export { Dec, formatAmount, roundToCent } from './money/money';

// Calendar: dates and contract years.
export { contractPeriods, contractEnd } from './calendar/contract';
export type { IsoDate } from './calendar/dates';
export { localIsoDate } from './calendar/dates';

// Rules: the dated rule versions, their amounts and sources, the open rules' parameters.
export { RULE_VERSIONS, findRuleVersion, forcedRuleVersion, ruleVersionInForce, rulesCurrentTo } from './rules';
export type { RuleVersion, RuleStatus, Sourced, RuleAmount } from './rules/types';
export { CONTRACT_BAREME_LABEL } from './rules/amounts';
export type { AmountStatus, LineSource } from './rules/amounts';
export { sizeOf } from './rules/size';
export { tableAmount, maximumPerYear, componentsOf } from './rules/lookup';
export type { TableFigure } from './rules/lookup';
export {
  PARAMETERS,
  PARAMETER_IDS,
  parameterSpec,
  builtInParameters,
  resolveParameters,
  parameterSources,
  otherReadings,
  effectiveDates,
} from './rules/parameters';
export type { ParameterId, ParameterKind, ParameterSpec, ResolvedParameters, ParameterValue } from './rules/parameters';
export { isProvisionalStatus, PROVISIONAL_STATUSES, provisionalAmountOf, provisionalShareOf } from './rules/amounts';
export { HORS_ACI_RULES } from './rules/hors-aci';

// Scenario: the format, its schema, the strict JSON reader and validation.
export { parseScenarioJson, validateScenario, validateScenarioWork } from './scenario/validate';
export { ruleSettingOf } from './scenario/types';
export { HORS_ACI_KINDS, PAID_NATURES, SCENARIO_FORMAT } from './scenario/choices';
export type {
  Scenario,
  CptsInput,
  MissionInput,
  Bareme,
  SizeBareme,
  SizeKey,
  IndicatorInput,
  HorsAciInput,
  HorsAciKind,
  PaidInput,
  PaidNature,
  ScenarioParameters,
  IndicatorMethod,
} from './scenario/types';
export { ValidationError, formatIssue } from './scenario/validation';
export type { Issue, Result } from './scenario/validation';
export { SCENARIO_FORMATS, type ScenarioFormat } from './scenario/choices';
export {
  SCENARIO_FIELDS,
  CPTS_FIELDS,
  MISSION_FIELDS,
  HORS_ACI_FIELDS,
  PAID_FIELDS,
  INDICATOR_FIELDS,
  PARAMETER_FIELDS,
  formatVersionOf,
} from './scenario/schema';
export { HORS_ACI_LABELS, PAID_NATURE_LABELS } from './scenario/choices';
export { checkValue } from './scenario/kinds';
export type { FieldSpec, Kind, ColumnInfo, Fields } from './scenario/kinds';

// Projection: contract years, lines, payments, renewals, indicators, warnings, the CLI's JSON.
export { project, projectInSlices } from './projection/project';
export type { Prorata } from './projection/project';
export type { Projection, CptsProjection, YearProjection, ProjectionLine, RateSource } from './projection/model';
export { indicatorRate, fractionValue } from './projection/indicators';
export type { Fraction, IndicatorRate, IndicatorAchievement } from './projection/indicators';
export type { Payment, PaymentKind, PaymentPart, CalendarYearTotal } from './projection/model';
export { projectionToJson } from './projection/json';
export type { ProjectionJson, LineJson, ReconciliationJson, JsonOptions } from './projection/json';
export { lineAmount, prorataFactor, rateValue, isRatio } from './projection/line-amount';
export type { Ratio, ExactRate } from './projection/line-amount';
export { contractTerms, renewalDate, lastContractEnd } from './projection/renewal';
export type { ContractTerm } from './projection/renewal';
export type { HorsAciLine } from './projection/hors-aci';
export { WARNING_KINDS, WARNING_MESSAGES, frenchDate, projectionHorizon } from './projection/warnings';
export type { Warning, WarningKind, WarningParams } from './projection/warnings';

// Analysis: budgets, cash, comparison, reconciliation, explanations, the rate needed.
export { rateProblemFor, requiredRate, amountAt, amountCurve } from './analysis/inverse';
export type { RateProblem, RequiredRate, CurvePoint, TargetScope } from './analysis/inverse';
export { explainLine, isConfirmedStatus } from './analysis/explain';
export type { LineExplanation } from './analysis/explain';
export { compareProjections } from './analysis/compare';
export type { Comparison } from './analysis/compare';
export type { ComparisonRow, ComparisonCell, ComparedScenario } from './analysis/compare-row';
export { calculationAssumptions, openRules, readingEffects, readingEffect, byEffect } from './analysis/assumptions';
export type { CalculationAssumption, ReadingEffect, CptsEffect, CalendarYearEffect } from './analysis/assumptions';
export { cptsBudget, setBudget, horsAciTotal, HORS_ACI_NATURES } from './analysis/budget';
export type { CalendarYearBudget } from './analysis/budget';
export { comparisonDetail } from './analysis/compare-detail';
export type { ComparisonDetail, ContributorRow } from './analysis/compare-detail';
export { reconcile, reconciliationOf, latePayments, paymentsToCome, missingTotal } from './analysis/reconciliation';
export type { Reconciliation, ReconciliationRow, PlannedAgainstPaid, LatePayment } from './analysis/reconciliation';
export { cashByMonth, cptsCash, monthRange } from './analysis/cash';
export type { CashByMonth, CptsCash, MonthCash, Month } from './analysis/cash';

// Work: long computations cut at their seams, for the preview's time slices.
export { finish, finishInSlices, NO_SLICES, type Slices, type Work } from './work';
