import { contractEnd, contractPeriods, contractYearOf, CONTRACT_YEAR_COUNT } from './contract';
import { isValidIsoDate, type IsoDate } from './dates';
import { CRISIS_MISSION_ID, isMissionId, MISSION_IDS, STANDARD_MISSION_IDS, type MissionId, type StandardMissionId } from './missions';
import { AMOUNT_PATTERN, Dec, formatAmount } from './money';
import { findRuleVersion, RULE_VERSIONS, ruleVersionInForce } from './rules';
import { SIZES } from './size';
import { parseJsonText } from './json-text';
import { childPath, IssueList, isRecord, shown, type Result } from './validation';

/** The scenario format: field names and mission ids are a contract with users' files. */
export const SCENARIO_FORMAT = 'aci-cpts-scenario/1';
const FORMAT_FAMILY = /^aci-cpts-scenario\/(\d+)$/;

/**
 * One result indicator of a mission, as the CPTS's contract sets it (format 2). Its achievement for a year is
 * (actual − baseline) / (target − baseline), clamped to [0, 1]; the mission's rate is the weighted mean.
 */
export interface IndicatorInput {
  readonly name: string;
  /** Relative weight (≥ 0; the weights of a mission must not all be 0). */
  readonly weight: number;
  /** Starting value (« valeur de départ »). */
  readonly baseline: number;
  /** Target for contract years 1 to 5. */
  readonly targets: readonly number[];
  /** Achieved value for contract years 1 to 5; null where not known yet. */
  readonly actuals: readonly (number | null)[];
}

export interface MissionInput {
  readonly mission: MissionId;
  readonly startDate: IsoDate;
  /** Achievement of the variable part for contract years 1 to 5, fractions from 0 to 1. */
  readonly rates: readonly number[];
  /** Contract years in which the ARS recognises a serious health crisis (crisis mission only). */
  readonly crisisYears?: readonly number[];
  /** Format 2: the contract's indicators; a year where every one has an actual uses them instead of `rates`. */
  readonly indicators?: readonly IndicatorInput[];
}

/** Format 2: amounts paid outside the ACI (shared/aci-rules.md « Outside the ACI »), never in ACI totals. */
export const HORS_ACI_KINDS = ['aide-demarrage-ars', 'forfait-lettre-intention'] as const;
export type HorsAciKind = (typeof HORS_ACI_KINDS)[number];
export interface HorsAciInput {
  readonly kind: HorsAciKind;
  readonly date: IsoDate;
  /** Decimal string with two decimals; absent: the rule table's amount for the CPTS's size. */
  readonly amount?: string;
}

/** Format 2: a payment actually received, for the reconciliation with the planned calendar. */
export const PAID_NATURES = ['fonctionnement', 'avance', 'solde', 'hors-aci'] as const;
export type PaidNature = (typeof PAID_NATURES)[number];
export interface PaidInput {
  readonly date: IsoDate;
  /** 1, or 2 for an assumed renewal; defaults to 1 in files. */
  readonly contract: number;
  readonly contractYear: number;
  readonly nature: PaidNature;
  /** Decimal string with two decimals. */
  readonly amount: string;
}

/**
 * Format 2: the open rules' settings (shared/aci-rules.md), each overriding the rule versions' default for this
 * scenario. Absent: the default of the rule version in force.
 */
export interface ScenarioParameters {
  /** Year 1's fonctionnement: in full at signature (the text) or a 75 % advance with the fixed parts. */
  readonly firstYearFonctionnement?: 'integral' | 'avance';
  /** Share paid as an advance, a fraction in ]0, 1]. */
  readonly advanceShare?: number;
  /** Prorata of a part-year: actual days ÷ days in the contract year, or whole months ÷ 12. */
  readonly prorataDayCount?: 'actual-days' | 'whole-months';
  /** Whether the variable part of a mission started mid-year is prorated like its fixed part. */
  readonly prorateVariablePart?: boolean;
  /** Achievement rate below which no variable part is paid, a fraction in [0, 1]. */
  readonly variableThreshold?: number;
  /**
   * Which size a population of exactly 40 000, 80 000 or 175 000 falls in: `text` (40 000 and 80 000 in taille 2,
   * 175 000 in taille 3), `lower` (each in the smaller size), `upper` (each in the larger size).
   */
  readonly sizeBoundaries?: 'text' | 'lower' | 'upper';
  /** First day avenant 2 applies. */
  readonly avenant2EffectiveDate?: IsoDate;
  /** Avenant 2's +75 % on fonctionnement: every year, or only the payment at signature. */
  readonly fonctionnementIncrease?: 'yearly' | 'signature-only';
}

/** Format 2: how indicators turn into a rate: linear (the workbook's convention) or steps (« paliers »). */
export type IndicatorMethod = { readonly kind: 'linear' } | { readonly kind: 'steps'; readonly steps: readonly number[] };

export interface CptsInput {
  readonly id: string;
  readonly name: string;
  readonly population: number;
  readonly signatureDate: IsoDate;
  /** Overrides the scenario's setting for this CPTS ("auto" or a version id). */
  readonly ruleVersion?: string;
  readonly missions: readonly MissionInput[];
  /** Format 2: a second five-year contract assumed, signed the day after the first ends. Default false. */
  readonly renewal?: boolean;
  /** Format 2: « hors ACI » amounts (ARS start-up aid, pre-contract forfait). */
  readonly horsAci?: readonly HorsAciInput[];
  /** Format 2: payments actually received. */
  readonly paid?: readonly PaidInput[];
}

export interface StandardMissionBareme {
  readonly fixed: string;
  readonly variable: string;
}
export interface CrisisMissionBareme {
  readonly plan: string;
  readonly update: string;
  readonly activation: string;
}
export type MissionsBareme = { readonly [K in StandardMissionId]: StandardMissionBareme } & {
  readonly 'crises-sanitaires': CrisisMissionBareme;
};
export interface SizeBareme {
  readonly fonctionnement: string;
  readonly missions: MissionsBareme;
}
export type SizeKey = '1' | '2' | '3' | '4';
/** Amounts of a CPTS's own contract (its art. 5 table), overriding the built-in table for the sizes given. */
export interface Bareme {
  readonly label?: string;
  readonly sizes: Readonly<Partial<Record<SizeKey, SizeBareme>>>;
}

export interface Scenario {
  readonly format: typeof SCENARIO_FORMAT;
  readonly name: string;
  /** "auto": the version in force at each contract year's start; or a version id, forced for every year. */
  readonly ruleVersion: string;
  readonly cpts: readonly CptsInput[];
  readonly bareme?: Bareme;
  /** Format 2: settings of the open rules for this scenario. */
  readonly parameters?: ScenarioParameters;
  /** Format 2: how indicators become rates; absent: linear. */
  readonly indicatorMethod?: IndicatorMethod;
}

/** The rule setting that governs a CPTS: its own, else the scenario's. */
export function ruleSettingOf(scenario: Scenario, cpts: CptsInput): string {
  return cpts.ruleVersion ?? scenario.ruleVersion;
}

const SCENARIO_KEYS = ['format', 'name', 'ruleVersion', 'cpts', 'bareme'] as const;
const CPTS_KEYS = ['id', 'name', 'population', 'signatureDate', 'ruleVersion', 'missions'] as const;
const MISSION_KEYS = ['mission', 'startDate', 'rates', 'crisisYears'] as const;
const BAREME_KEYS = ['label', 'sizes'] as const;
const SIZE_BAREME_KEYS = ['fonctionnement', 'missions'] as const;
const STANDARD_BAREME_KEYS = ['fixed', 'variable'] as const;
const CRISIS_BAREME_KEYS = ['plan', 'update', 'activation'] as const;
const MAX_TEXT = 200;
/** Above the population of France: a typo, not a territory. */
const MAX_POPULATION = 100_000_000;

/** Parses scenario JSON text. Never throws: malformed JSON is an issue like any other. */
export function parseScenarioJson(text: string): Result<Scenario> {
  const parsed = parseJsonText(text);
  return parsed.ok ? validateScenario(parsed.value) : parsed;
}

/** Validates an untrusted value and returns a clean scenario holding only the format's fields. */
export function validateScenario(value: unknown): Result<Scenario> {
  const issues = new IssueList();
  if (!isRecord(value)) {
    issues.add('', 'un scénario doit être un objet JSON ({ "format": …, "cpts": […] })');
    return { ok: false, issues: issues.items };
  }
  issues.unknownKeys(value, SCENARIO_KEYS, '');
  checkFormat(value.format, issues);
  const name = text(value.name, 'name', issues);
  const ruleVersion = checkRuleVersion(value.ruleVersion, issues);
  const cpts = checkCptsList(value.cpts, ruleVersion, issues);
  const bareme = value.bareme === undefined ? undefined : checkBareme(value.bareme, issues);
  if (!issues.empty) return { ok: false, issues: issues.items };
  const scenario: Scenario = { format: SCENARIO_FORMAT, name: name!, ruleVersion: ruleVersion!, cpts: cpts!, ...(bareme ? { bareme } : {}) };
  return { ok: true, value: scenario };
}

function checkFormat(format: unknown, issues: IssueList): void {
  if (format === SCENARIO_FORMAT) return;
  const m = typeof format === 'string' ? FORMAT_FAMILY.exec(format) : null;
  if (m) {
    issues.add('format', `version de format ${m[1]} non prise en charge : ce simulateur lit « ${SCENARIO_FORMAT} » (mettez le simulateur à jour)`);
  } else {
    issues.add('format', `format inconnu ${shown(format)} : attendu « ${SCENARIO_FORMAT} »`);
  }
}

function text(value: unknown, path: string, issues: IssueList): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    issues.add(path, `texte obligatoire (reçu : ${shown(value)})`);
    return undefined;
  }
  if (value.length > MAX_TEXT) {
    issues.add(path, `texte trop long (${value.length} caractères, ${MAX_TEXT} au plus)`);
    return undefined;
  }
  return value;
}

function checkRuleVersion(value: unknown, issues: IssueList, path = 'ruleVersion'): string | undefined {
  if (value === 'auto' || (typeof value === 'string' && findRuleVersion(value))) return value;
  const known = ['auto', ...RULE_VERSIONS.map((v) => v.id)].join(', ');
  issues.add(path, `version des règles inconnue ${shown(value)} (versions connues : ${known})`);
  return undefined;
}

function date(value: unknown, path: string, issues: IssueList): IsoDate | undefined {
  if (value === undefined || value === null || value === '') {
    issues.add(path, 'date manquante : attendu une date au format AAAA-MM-JJ');
    return undefined;
  }
  if (typeof value !== 'string' || !isValidIsoDate(value)) {
    issues.add(path, `date impossible ${shown(value)} : attendu une date réelle au format AAAA-MM-JJ`);
    return undefined;
  }
  return value;
}

function checkCptsList(value: unknown, ruleVersion: string | undefined, issues: IssueList): CptsInput[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    issues.add('cpts', 'la liste des CPTS doit contenir au moins une CPTS');
    return undefined;
  }
  const seen = new Set<string>();
  const list: CptsInput[] = [];
  value.forEach((item, i) => {
    const path = childPath('cpts', i);
    const cpts = checkCpts(item, path, ruleVersion, issues);
    if (!cpts) return;
    if (seen.has(cpts.id)) issues.add(childPath(path, 'id'), `identifiant en double « ${cpts.id} » : chaque CPTS doit avoir le sien`);
    seen.add(cpts.id);
    list.push(cpts);
  });
  return list;
}

function checkCpts(value: unknown, path: string, scenarioSetting: string | undefined, issues: IssueList): CptsInput | undefined {
  if (!isRecord(value)) {
    issues.add(path, 'une CPTS doit être un objet { "id", "name", "population", "signatureDate", "missions" }');
    return undefined;
  }
  const before = issues.items.length;
  issues.unknownKeys(value, CPTS_KEYS, path);
  const own = value.ruleVersion === undefined ? undefined : checkRuleVersion(value.ruleVersion, issues, childPath(path, 'ruleVersion'));
  // The CPTS's own setting, if any, governs the checks that depend on the version (as ruleSettingOf does).
  const setting = own ?? scenarioSetting;
  const id = text(value.id, childPath(path, 'id'), issues);
  const name = text(value.name, childPath(path, 'name'), issues);
  const population = value.population;
  if (typeof population !== 'number' || !Number.isInteger(population) || population < 1) {
    issues.add(childPath(path, 'population'), `la population doit être un entier positif (reçu : ${shown(population)})`);
  } else if (population > MAX_POPULATION) {
    issues.add(childPath(path, 'population'), `population invraisemblable : ${population} habitants, plus que la France entière (faute de frappe ?)`);
  }
  const signatureDate = date(value.signatureDate, childPath(path, 'signatureDate'), issues);
  // Before the first version there is no ACI at all: refused even when a version is forced.
  if (signatureDate && !ruleVersionInForce(signatureDate)) {
    const first = RULE_VERSIONS[0]!;
    issues.add(
      childPath(path, 'signatureDate'),
      `aucune version des règles n’est en vigueur le ${signatureDate} : l’${first.label} s’applique à partir du ${first.inForceFrom.value}`,
    );
  }
  const missions = checkMissions(value.missions, childPath(path, 'missions'), signatureDate, setting, issues);
  if (issues.items.length > before) return undefined;
  return {
    id: id!,
    name: name!,
    population: population as number,
    signatureDate: signatureDate!,
    ...(own !== undefined ? { ruleVersion: own } : {}),
    missions: missions!,
  };
}

function checkMissions(
  value: unknown,
  path: string,
  signatureDate: IsoDate | undefined,
  ruleVersion: string | undefined,
  issues: IssueList,
): MissionInput[] | undefined {
  if (!Array.isArray(value)) {
    issues.add(path, `la liste des missions doit être un tableau (reçu : ${shown(value)})`);
    return undefined;
  }
  const seen = new Set<string>();
  const list: MissionInput[] = [];
  value.forEach((item, i) => {
    const mission = checkMission(item, childPath(path, i), signatureDate, ruleVersion, issues);
    if (!mission) return;
    if (seen.has(mission.mission)) issues.add(childPath(childPath(path, i), 'mission'), `mission « ${mission.mission} » déclarée deux fois`);
    seen.add(mission.mission);
    list.push(mission);
  });
  return list;
}

function checkMission(
  value: unknown,
  path: string,
  signatureDate: IsoDate | undefined,
  ruleVersion: string | undefined,
  issues: IssueList,
): MissionInput | undefined {
  if (!isRecord(value)) {
    issues.add(path, 'une mission doit être un objet { "mission", "startDate", "rates" }');
    return undefined;
  }
  const before = issues.items.length;
  issues.unknownKeys(value, MISSION_KEYS, path);
  const id = value.mission;
  if (typeof id !== 'string' || !isMissionId(id)) {
    issues.add(childPath(path, 'mission'), `mission inconnue ${shown(id)} (missions connues : ${MISSION_IDS.join(', ')})`);
  }
  const mission = typeof id === 'string' && isMissionId(id) ? id : undefined;
  const startDate = date(value.startDate, childPath(path, 'startDate'), issues);
  if (startDate && signatureDate) {
    if (startDate < signatureDate) {
      issues.add(childPath(path, 'startDate'), `la mission ne peut pas démarrer (${startDate}) avant la signature du contrat (${signatureDate})`);
    } else if (startDate > contractEnd(signatureDate)) {
      issues.add(childPath(path, 'startDate'), `la mission démarre (${startDate}) après la fin du contrat (${contractEnd(signatureDate)})`);
    }
  }
  const isCrisis = mission === CRISIS_MISSION_ID;
  const rates = isCrisis && value.rates === undefined ? [] : checkRates(value.rates, childPath(path, 'rates'), issues);
  let crisisYears: number[] | undefined;
  if (value.crisisYears !== undefined) {
    if (!isCrisis) issues.add(childPath(path, 'crisisYears'), 'seule la mission « crises-sanitaires » a des années de crise');
    else crisisYears = checkCrisisYears(value.crisisYears, childPath(path, 'crisisYears'), startDate, signatureDate, issues);
  }
  if (isCrisis && startDate) checkCrisisVersion(path, startDate, signatureDate, ruleVersion, issues);
  if (issues.items.length > before) return undefined;
  return { mission: mission!, startDate: startDate!, rates: rates!, ...(crisisYears ? { crisisYears } : {}) };
}

function checkRates(value: unknown, path: string, issues: IssueList): number[] | undefined {
  if (!Array.isArray(value) || value.length !== CONTRACT_YEAR_COUNT) {
    issues.add(path, `il faut ${CONTRACT_YEAR_COUNT} taux d’atteinte, un par année de contrat (reçu : ${shown(value)})`);
    return undefined;
  }
  let ok = true;
  value.forEach((rate, i) => {
    if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
      issues.add(childPath(path, i), `le taux doit être compris entre 0 et 1, soit 0 % à 100 % (reçu : ${shown(rate)})`);
      ok = false;
    }
  });
  return ok ? (value as number[]) : undefined;
}

function checkCrisisYears(
  value: unknown,
  path: string,
  startDate: IsoDate | undefined,
  signatureDate: IsoDate | undefined,
  issues: IssueList,
): number[] | undefined {
  if (!Array.isArray(value)) {
    issues.add(path, `les années de crise doivent être une liste d’années de contrat, par ex. [3] (reçu : ${shown(value)})`);
    return undefined;
  }
  const firstYear = startDate && signatureDate ? contractYearOf(signatureDate, startDate) : null;
  const seen = new Set<number>();
  let ok = true;
  value.forEach((year, i) => {
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > CONTRACT_YEAR_COUNT) {
      issues.add(childPath(path, i), `année de contrat impossible ${shown(year)} : de 1 à ${CONTRACT_YEAR_COUNT}`);
      ok = false;
    } else if (seen.has(year)) {
      issues.add(childPath(path, i), `année de crise ${year} en double`);
      ok = false;
    } else if (firstYear !== null && year < firstYear) {
      issues.add(childPath(path, i), `année ${year} : la mission ne démarre qu’en année ${firstYear}`);
      ok = false;
    }
    if (typeof year === 'number') seen.add(year);
  });
  return ok ? [...(value as number[])].sort((a, b) => a - b) : undefined;
}

/**
 * The crisis mission exists only from avenant 2. In "auto" mode each contract year follows the version in
 * force at its start, so the mission cannot start in a contract year still governed by ACI 2019.
 */
function checkCrisisVersion(path: string, startDate: IsoDate, signatureDate: IsoDate | undefined, ruleVersion: string | undefined, issues: IssueList): void {
  if (ruleVersion === undefined || signatureDate === undefined) return;
  if (ruleVersion !== 'auto') {
    const forced = findRuleVersion(ruleVersion);
    if (forced && !forced.crisis) issues.add(childPath(path, 'mission'), `la mission « crises-sanitaires » n’existe pas dans la version ${forced.label}`);
    return;
  }
  const periods = contractPeriods(signatureDate);
  const year = contractYearOf(signatureDate, startDate);
  const period = year === null ? undefined : periods[year - 1];
  if (!period || ruleVersionInForce(period.start)?.crisis) return;
  const first = periods.find((p) => ruleVersionInForce(p.start)?.crisis);
  const message = first
    ? `la mission « crises-sanitaires » ne peut démarrer qu’à partir du ${first.start} (année de contrat ${first.contractYear}, première année régie par une version qui la prévoit)`
    : 'la mission « crises-sanitaires » ne peut pas démarrer pendant ce contrat : aucune version en vigueur ne la prévoit';
  issues.add(childPath(path, 'startDate'), message);
}

function money(value: unknown, path: string, issues: IssueList): string | undefined {
  const textValue = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof textValue !== 'string' || !AMOUNT_PATTERN.test(textValue)) {
    issues.add(path, `montant invalide ${shown(value)} : attendu un nombre positif ou nul, deux décimales au plus`);
    return undefined;
  }
  return formatAmount(new Dec(textValue));
}

function checkBareme(value: unknown, issues: IssueList): Bareme | undefined {
  if (!isRecord(value)) {
    issues.add('bareme', 'le barème doit être un objet { "label", "sizes": { "1": …, "4": … } }');
    return undefined;
  }
  issues.unknownKeys(value, BAREME_KEYS, 'bareme');
  const label = value.label === undefined ? undefined : text(value.label, 'bareme.label', issues);
  if (!isRecord(value.sizes) || Object.keys(value.sizes).length === 0) {
    issues.add('bareme.sizes', 'le barème doit donner les montants d’au moins une taille ("1" à "4")');
    return undefined;
  }
  const sizeKeys = SIZES.map(String);
  issues.unknownKeys(value.sizes, sizeKeys, 'bareme.sizes');
  const sizes: Partial<Record<SizeKey, SizeBareme>> = {};
  for (const key of sizeKeys as SizeKey[]) {
    const entry = value.sizes[key];
    if (entry === undefined) continue;
    const parsed = checkSizeBareme(entry, `bareme.sizes.${key}`, issues);
    if (parsed) sizes[key] = parsed;
  }
  return { ...(label ? { label } : {}), sizes };
}

function checkSizeBareme(value: unknown, path: string, issues: IssueList): SizeBareme | undefined {
  if (!isRecord(value)) {
    issues.add(path, 'attendu { "fonctionnement", "missions" }');
    return undefined;
  }
  issues.unknownKeys(value, SIZE_BAREME_KEYS, path);
  const fonctionnement = money(value.fonctionnement, childPath(path, 'fonctionnement'), issues);
  const missionsPath = childPath(path, 'missions');
  if (!isRecord(value.missions)) {
    issues.add(missionsPath, `attendu les montants de chaque mission (${MISSION_IDS.join(', ')})`);
    return undefined;
  }
  const source = value.missions;
  issues.unknownKeys(source, MISSION_IDS, missionsPath);
  const parts = (id: MissionId, keys: readonly string[]): Record<string, string> | undefined => {
    const p = childPath(missionsPath, id);
    const entry = source[id];
    if (!isRecord(entry)) {
      issues.add(p, `montants manquants (attendu ${keys.join(', ')})`);
      return undefined;
    }
    issues.unknownKeys(entry, keys, p);
    const out: Record<string, string> = {};
    for (const k of keys) {
      const m = money(entry[k], childPath(p, k), issues);
      if (m !== undefined) out[k] = m;
    }
    return Object.keys(out).length === keys.length ? out : undefined;
  };
  const missions: Record<string, unknown> = {};
  for (const id of STANDARD_MISSION_IDS) missions[id] = parts(id, STANDARD_BAREME_KEYS);
  missions[CRISIS_MISSION_ID] = parts(CRISIS_MISSION_ID, CRISIS_BAREME_KEYS);
  if (fonctionnement === undefined || Object.values(missions).some((m) => m === undefined)) return undefined;
  return { fonctionnement, missions: missions as unknown as MissionsBareme };
}
