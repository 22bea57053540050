/** The engine's public surface: everything outside src/engine imports from here. */
export { parseScenarioJson, validateScenario, validateScenarioWork, ruleSettingOf, SCENARIO_FORMAT } from './scenario';
export { HORS_ACI_KINDS, PAID_NATURES } from './scenario';
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
} from './scenario';
export { project, projectInSlices } from './projection';
export { finish, finishInSlices, NO_SLICES, type Slices, type Work } from './work';
export { centsOf, fromCents } from './cents';
export type { Projection, CptsProjection, YearProjection, ProjectionLine, Prorata, RateSource } from './projection';
export { indicatorRate, fractionValue } from './indicators';
export type { Fraction, IndicatorRate, IndicatorAchievement } from './indicators';
export type { Payment, PaymentKind, PaymentPart, CalendarYearTotal } from './payments';
export { projectionToJson } from './projection-json';
export type { ProjectionJson, LineJson, ReconciliationJson, JsonOptions } from './projection-json';
export { RULE_VERSIONS, findRuleVersion, forcedRuleVersion, ruleVersionInForce, rulesCurrentTo } from './rules';
export type { RuleVersion, RuleStatus, Sourced, RuleAmount } from './rules/types';
export { CONTRACT_BAREME_LABEL } from './amounts';
export type { AmountStatus, LineSource } from './amounts';
export { MISSION_IDS, STANDARD_MISSION_IDS, CRISIS_MISSION_ID, FONCTIONNEMENT } from './missions';
export type { MissionId, StandardMissionId, Component, LineMission } from './missions';
export { SIZES, sizeOf } from './size';
export type { Size } from './size';
export { ValidationError, formatIssue } from './validation';
export type { Issue, Result } from './validation';
export { Dec, formatAmount, roundToCent } from './money';
export { contractPeriods, contractEnd } from './contract';
export { rateProblemFor, requiredRate, amountAt, amountCurve } from './inverse';
export type { RateProblem, RequiredRate, CurvePoint, TargetScope } from './inverse';
export { explainLine, isConfirmedStatus } from './explain';
export type { LineExplanation } from './explain';
export { tableAmount, maximumPerYear, componentsOf } from './lookup';
export type { TableFigure } from './lookup';
export type { IsoDate } from './dates';
export { localIsoDate } from './dates';
export { compareProjections } from './compare';
export type { Comparison, ComparisonRow, ComparisonCell, ComparedScenario } from './compare';
export { calculationAssumptions, openRules, readingEffects, readingEffect, byEffect } from './assumptions';
export type { CalculationAssumption, ReadingEffect, CptsEffect, CalendarYearEffect } from './assumptions';
export { PARAMETERS, PARAMETER_IDS, parameterSpec, builtInParameters, resolveParameters, parameterSources, otherReadings, effectiveDates } from './parameters';
export type { ParameterId, ParameterKind, ParameterSpec, ResolvedParameters, ParameterValue } from './parameters';
export { lineAmount, prorataFactor, rateValue, isRatio } from './line-amount';
export type { Ratio, ExactRate } from './line-amount';
export { isProvisionalStatus, PROVISIONAL_STATUSES, provisionalAmountOf, provisionalShareOf } from './amounts';
export { SCENARIO_FORMATS, type ScenarioFormat } from './scenario';
export {
  SCENARIO_FIELDS,
  CPTS_FIELDS,
  MISSION_FIELDS,
  HORS_ACI_FIELDS,
  PAID_FIELDS,
  INDICATOR_FIELDS,
  PARAMETER_FIELDS,
  formatVersionOf,
} from './schema/scenario-schema';
export { HORS_ACI_LABELS, PAID_NATURE_LABELS } from './schema/choices';
export { checkValue } from './schema/kinds';
export type { FieldSpec, Kind, ColumnInfo, Fields } from './schema/kinds';
export { contractTerms, renewalDate, lastContractEnd } from './renewal';
export type { ContractTerm } from './renewal';
export type { HorsAciLine } from './hors-aci';
export { HORS_ACI_RULES } from './rules/hors-aci';
export { cptsBudget, setBudget, horsAciTotal, HORS_ACI_NATURES } from './budget';
export type { CalendarYearBudget } from './budget';
export { WARNING_KINDS, WARNING_MESSAGES, frenchDate, projectionHorizon } from './warnings';
export type { Warning, WarningKind, WarningParams } from './warnings';
export { comparisonDetail } from './compare-detail';
export type { ComparisonDetail, ContributorRow } from './compare-detail';
export { reconcile, reconciliationOf, latePayments, paymentsToCome, missingTotal } from './reconciliation';
export type { Reconciliation, ReconciliationRow, PlannedAgainstPaid, LatePayment } from './reconciliation';
export { cashByMonth, cptsCash, monthRange } from './cash';
export type { CashByMonth, CptsCash, MonthCash, Month } from './cash';
