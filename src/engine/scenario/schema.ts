import { contractEnd, contractPeriods, contractYearOf, CONTRACT_YEAR_COUNT } from '../calendar/contract';
import type { IsoDate } from '../calendar/dates';
import { CRISIS_MISSION_ID, MISSION_IDS, STANDARD_MISSION_IDS, type MissionId } from '../vocabulary/missions';
import { PARAMETERS, type ParameterId, type ParameterSpec } from '../rules/parameters';
import { findRuleVersion, RULE_VERSIONS, ruleVersionInForce } from '../rules';
import type { CptsInput, HorsAciInput, IndicatorInput, MissionInput, PaidInput, Scenario } from './types';
import { SIZES } from '../vocabulary/sizes';
import { childPath, IssueList, isRecord, shown } from './validation';
import { HORS_ACI_KINDS, HORS_ACI_LABELS, PAID_NATURE_LABELS, PAID_NATURES, SCENARIO_FORMAT } from './choices';
import { ancestor, checkKind, type Context, type FieldSpec, type Kind, type ObjectSchema } from './kinds';

/**
 * The scenario format, described once. Each field: its JSON key, its French label, its kind and checks and,
 * where the workbook holds it, its column. JSON validation (scenario.ts), the input tables (workbook/layout.ts,
 * inputs.ts, scenario-inputs.ts) and the store's rows (workbook/scenario-store.ts) all derive from it. The
 * `satisfies` clauses make the compiler name a field of the types that is missing here.
 */

const YEARS = CONTRACT_YEAR_COUNT;
/** Above the population of France: a typo, not a territory. */
const MAX_POPULATION = 100_000_000;

const text: Kind = { type: 'text' };
const date: Kind = { type: 'date' };
const contractYear = (message?: (v: unknown) => string): Kind => ({
  type: 'integer',
  min: 1,
  max: YEARS,
  message: message ?? ((v) => `année de contrat impossible ${shown(v)} : de 1 à ${YEARS}`),
});

/** "auto" or a version id; the same check for the scenario and for a CPTS's own setting. */
const ruleVersionKind: Kind = {
  type: 'custom',
  check: (value, path, issues) => {
    if (value === 'auto' || (typeof value === 'string' && findRuleVersion(value))) return value;
    const known = ['auto', ...RULE_VERSIONS.map((v) => v.id)].join(', ');
    issues.add(path, `version des règles inconnue ${shown(value)} (versions connues : ${known})`);
    return undefined;
  },
};

/** The rule setting in force for the object being checked: the CPTS's own, else the scenario's. */
function settingOf(ctx: Context): string | undefined {
  const scenario = ctx.parents[0];
  const cpts = ctx.parents[1];
  return (cpts?.ruleVersion as string | undefined) ?? (scenario?.ruleVersion as string | undefined);
}

// ——— Indicators (format 2, per mission) ———

const yearNumbers = (nullable: boolean, what: string): Kind => ({
  type: 'list',
  length: YEARS,
  of: { type: 'number', nullable, message: (v) => `${what} : nombre attendu${nullable ? ' (ou null si pas encore connu)' : ''} (reçu : ${shown(v)})` },
  message: (v) => `il faut ${YEARS} valeurs, une par année de contrat${nullable ? ' (null si pas encore connue)' : ''} (reçu : ${shown(v)})`,
});

export const INDICATOR_FIELDS = {
  name: { kind: text, label: 'l’indicateur', column: { header: 'Indicateur', width: 30 } },
  weight: {
    kind: { type: 'number', min: 0, message: (v) => `poids impossible ${shown(v)} : un poids est un nombre positif ou nul` },
    label: 'le poids',
    column: { header: 'Poids', width: 8 },
  },
  baseline: { kind: { type: 'number' }, label: 'la valeur de départ', column: { header: 'Valeur de départ', width: 12 } },
  targets: { kind: yearNumbers(false, 'cible'), label: 'la cible', yearColumns: { header: (y) => `Cible année ${y}`, width: 10 } },
  actuals: { kind: yearNumbers(true, 'réalisé'), label: 'le réalisé', yearColumns: { header: (y) => `Réalisé année ${y}`, width: 10 } },
} as const satisfies { readonly [K in keyof IndicatorInput]-?: FieldSpec };

const INDICATOR: ObjectSchema = {
  fields: INDICATOR_FIELDS,
  shape: 'un indicateur doit être un objet { "name", "weight", "baseline", "targets", "actuals" }',
  refine: (parsed, path, issues) => {
    const baseline = parsed.baseline as number;
    (parsed.targets as number[]).forEach((t, y) => {
      if (t === baseline)
        issues.add(childPath(childPath(path, 'targets'), y), `cible égale à la valeur de départ (${baseline}) : l’atteinte ne peut pas être calculée`);
    });
  },
};

// ——— Missions ———

/** Crisis years: checked as a list of contract years, then against the mission, and kept sorted. */
const crisisYearsKind: Kind = {
  type: 'custom',
  check: (value, path, issues, ctx) => {
    const mission = ancestor(ctx, 1);
    if (mission?.mission !== undefined && mission.mission !== CRISIS_MISSION_ID) {
      issues.add(path, 'seule la mission « crises-sanitaires » a des années de crise');
      return undefined;
    }
    const list = checkKind(
      {
        type: 'list',
        of: contractYear(),
        message: (v) => `les années de crise doivent être une liste d’années de contrat, par ex. [3] (reçu : ${shown(v)})`,
      },
      value,
      path,
      issues,
      ctx,
    ) as number[] | undefined;
    if (!list) return undefined;
    const signatureDate = ancestor(ctx, 2)?.signatureDate as IsoDate | undefined;
    const startDate = mission?.startDate as IsoDate | undefined;
    const firstYear = startDate && signatureDate ? contractYearOf(signatureDate, startDate) : null;
    const seen = new Set<number>();
    let ok = true;
    list.forEach((year, i) => {
      if (seen.has(year)) {
        issues.add(childPath(path, i), `année de crise ${year} en double`);
        ok = false;
      } else if (firstYear !== null && year < firstYear) {
        issues.add(childPath(path, i), `année ${year} : la mission ne démarre qu’en année ${firstYear}`);
        ok = false;
      }
      seen.add(year);
    });
    return ok ? [...list].sort((a, b) => a - b) : undefined;
  },
};

const RATES: Kind = {
  type: 'list',
  length: YEARS,
  of: { type: 'fraction' },
  message: (v) => `il faut ${YEARS} taux d’atteinte, un par année de contrat (reçu : ${shown(v)})`,
};

export const MISSION_FIELDS = {
  mission: {
    kind: { type: 'enum', values: MISSION_IDS, message: (v) => `mission inconnue ${shown(v)} (missions connues : ${MISSION_IDS.join(', ')})` },
    label: 'la mission',
    column: { header: 'Mission', width: 34 },
  },
  startDate: {
    kind: date,
    label: 'la date de démarrage',
    column: { header: 'Date de démarrage', width: 17 },
    check: (value, path, issues, ctx) => {
      const start = value as IsoDate;
      const signatureDate = ancestor(ctx, 2)?.signatureDate as IsoDate | undefined;
      if (!signatureDate) return;
      if (start < signatureDate) issues.add(path, `la mission ne peut pas démarrer (${start}) avant la signature du contrat (${signatureDate})`);
      else if (start > contractEnd(signatureDate)) issues.add(path, `la mission démarre (${start}) après la fin du contrat (${contractEnd(signatureDate)})`);
    },
  },
  rates: {
    // Optional for the crisis mission only (it has no variable part): the mission's refine says so.
    kind: {
      type: 'custom',
      // The crisis mission's rates may also be an empty list (what reading a workbook gives): read back as written.
      check: (value, path, issues, ctx) =>
        Array.isArray(value) && value.length === 0 && ancestor(ctx, 1)?.mission === CRISIS_MISSION_ID ? [] : checkKind(RATES, value, path, issues, ctx),
    },
    label: 'les taux d’atteinte',
    optional: true,
    yearColumns: { header: (y) => `Taux année ${y}`, width: 12 },
  },
  crisisYears: { kind: crisisYearsKind, label: 'les années de crise', optional: true, column: { header: 'Années de crise', width: 15 } },
  indicators: {
    kind: { type: 'list', of: { type: 'object', schema: INDICATOR } },
    label: 'les indicateurs',
    optional: true,
    since: 2,
    check: (value, path, issues, ctx) => checkIndicators(value as IndicatorInput[], path, issues, ctx),
  },
} as const satisfies { readonly [K in keyof MissionInput]-?: FieldSpec };

function checkIndicators(list: readonly IndicatorInput[], path: string, issues: IssueList, ctx: Context): void {
  if (list.length > 0 && list.every((i) => i.weight === 0))
    issues.add(path, 'les poids des indicateurs de la mission sont tous nuls : au moins un doit être positif');
  const mission = ancestor(ctx, 1);
  const signatureDate = ancestor(ctx, 2)?.signatureDate as IsoDate | undefined;
  const startDate = mission?.startDate as IsoDate | undefined;
  const firstYear = startDate && signatureDate ? contractYearOf(signatureDate, startDate) : null;
  if (firstYear === null) return;
  list.forEach((indicator, i) =>
    indicator.actuals.forEach((actual, y) => {
      if (actual !== null && y + 1 < firstYear)
        issues.add(
          childPath(childPath(childPath(path, i), 'actuals'), y),
          `réalisé donné pour l’année ${y + 1}, mais la mission ne démarre qu’en année ${firstYear} (${startDate})`,
        );
    }),
  );
}

const MISSION: ObjectSchema = {
  fields: MISSION_FIELDS,
  shape: 'une mission doit être un objet { "mission", "startDate", "rates" }',
  refine: (parsed, path, issues, ctx) => {
    const out = parsed as Record<string, unknown>;
    const isCrisis = parsed.mission === CRISIS_MISSION_ID;
    if (parsed.rates === undefined) {
      if (isCrisis) out.rates = [];
      else issues.add(childPath(path, 'rates'), `il faut ${YEARS} taux d’atteinte, un par année de contrat (reçu : absent)`);
    }
    if (isCrisis) checkCrisisVersion(path, parsed.startDate as IsoDate, ancestor(ctx, 1)?.signatureDate as IsoDate | undefined, settingOf(ctx), issues);
  },
};

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

// ——— Hors ACI and payments made (format 2, per CPTS) ———

export const HORS_ACI_FIELDS = {
  kind: { kind: { type: 'enum', values: HORS_ACI_KINDS, labels: HORS_ACI_LABELS }, label: 'la nature', column: { header: 'Nature', width: 30 } },
  date: { kind: date, label: 'la date', column: { header: 'Date', width: 12 } },
  amount: { kind: { type: 'money' }, label: 'le montant', optional: true, column: { header: 'Montant (vide : celui des règles)', width: 18 } },
} as const satisfies { readonly [K in keyof HorsAciInput]-?: FieldSpec };

export const PAID_FIELDS = {
  date: { kind: date, label: 'la date', column: { header: 'Date', width: 12 } },
  contract: {
    kind: { type: 'integer', min: 1, max: 2, message: (v) => `contrat impossible ${shown(v)} : 1, ou 2 pour le renouvellement supposé` },
    label: 'le contrat',
    default: 1,
    column: { header: 'Contrat', width: 9 },
  },
  contractYear: { kind: contractYear(), label: 'l’année de contrat', column: { header: 'Année de contrat', width: 10 } },
  nature: { kind: { type: 'enum', values: PAID_NATURES, labels: PAID_NATURE_LABELS }, label: 'la nature', column: { header: 'Nature', width: 16 } },
  amount: { kind: { type: 'money' }, label: 'le montant', column: { header: 'Montant', width: 16 } },
} as const satisfies { readonly [K in keyof PaidInput]-?: FieldSpec };

const HORS_ACI: ObjectSchema = { fields: HORS_ACI_FIELDS, shape: 'une ligne hors ACI doit être un objet { "kind", "date", "amount" }' };
const PAID: ObjectSchema = { fields: PAID_FIELDS, shape: 'un versement doit être un objet { "date", "contract", "contractYear", "nature", "amount" }' };

// ——— CPTS ———

export const CPTS_FIELDS = {
  id: { kind: text, label: 'l’identifiant', column: { header: 'Identifiant', width: 18 } },
  name: { kind: text, label: 'le nom', column: { header: 'Nom de la CPTS', width: 30 } },
  population: {
    kind: {
      type: 'integer',
      min: 1,
      max: Number.MAX_SAFE_INTEGER,
      message: (v) => `la population doit être un entier positif (reçu : ${shown(v)})`,
    },
    label: 'la population',
    column: { header: 'Population', width: 12 },
    check: (value, path, issues) => {
      if ((value as number) > MAX_POPULATION)
        issues.add(path, `population invraisemblable : ${String(value)} habitants, plus que la France entière (faute de frappe ?)`);
    },
  },
  signatureDate: { kind: date, label: 'la date de signature', column: { header: 'Date de signature', width: 16 } },
  ruleVersion: { kind: ruleVersionKind, label: 'la version des règles', optional: true, column: { header: 'Version des règles', width: 18 } },
  missions: {
    kind: { type: 'list', of: { type: 'object', schema: MISSION }, message: (v) => `la liste des missions doit être un tableau (reçu : ${shown(v)})` },
    label: 'les missions',
    // In the CPTS table, the missions list is the « optional missions » column (the socle is implied).
    column: { header: 'Missions optionnelles', width: 45 },
    check: (value, path, issues) =>
      duplicates(
        (value as MissionInput[]).map((m) => m.mission),
        (i, id) => issues.add(childPath(childPath(path, i), 'mission'), `mission « ${id} » déclarée deux fois`),
      ),
  },
  renewal: { kind: { type: 'boolean' }, label: 'le renouvellement supposé', optional: true, since: 2, column: { header: 'Renouvellement supposé', width: 14 } },
  horsAci: { kind: { type: 'list', of: { type: 'object', schema: HORS_ACI } }, label: 'les lignes hors ACI', optional: true, since: 2 },
  paid: { kind: { type: 'list', of: { type: 'object', schema: PAID } }, label: 'les versements réalisés', optional: true, since: 2 },
} as const satisfies { readonly [K in keyof CptsInput]-?: FieldSpec };

const CPTS: ObjectSchema = {
  fields: CPTS_FIELDS,
  shape: 'une CPTS doit être un objet { "id", "name", "population", "signatureDate", "missions" }',
  refine: (parsed, path, issues) => {
    const signatureDate = parsed.signatureDate as IsoDate;
    // Before the first version there is no ACI at all: refused even when a version is forced.
    if (!ruleVersionInForce(signatureDate)) {
      const first = RULE_VERSIONS[0]!;
      issues.add(
        childPath(path, 'signatureDate'),
        `aucune version des règles n’est en vigueur le ${signatureDate} : l’${first.label} s’applique à partir du ${first.inForceFrom.value}`,
      );
    }
    ((parsed.paid as PaidInput[] | undefined) ?? []).forEach((p, i) => {
      if (p.contract === 2 && parsed.renewal !== true)
        issues.add(
          childPath(childPath(childPath(path, 'paid'), i), 'contract'),
          'contrat 2 : seulement pour une CPTS dont le renouvellement est supposé ("renewal": true)',
        );
    });
  },
};

/** Calls `report` for each later occurrence of a value already seen (index, value). */
export function duplicates<T>(values: readonly T[], report: (index: number, value: T) => void): void {
  const seen = new Set<T>();
  values.forEach((v, i) => {
    if (seen.has(v)) report(i, v);
    seen.add(v);
  });
}

// ——— Scenario-wide settings (format 2) ———

function parameterKind(p: ParameterSpec): Kind {
  switch (p.kind.type) {
    case 'choice':
      return { type: 'enum', values: p.kind.choices, ...(p.choiceLabels ? { labels: p.choiceLabels } : {}) };
    case 'fraction':
      return { type: 'fraction', minExclusive: p.kind.minExclusive };
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return { type: 'date' };
  }
}

/** One optional field per open rule, from the parameters' one description (engine/parameters.ts). */
export const PARAMETER_FIELDS: Readonly<Record<ParameterId, FieldSpec>> = Object.fromEntries(
  PARAMETERS.map((p) => [p.id, { kind: parameterKind(p), label: p.label, optional: true } satisfies FieldSpec]),
) as Record<ParameterId, FieldSpec>;

const PARAMETERS_SCHEMA: ObjectSchema = {
  fields: PARAMETER_FIELDS,
  shape: `les paramètres doivent être un objet { ${PARAMETERS.map((p) => `"${p.id}"`).join(', ')} }`,
};

const indicatorMethodKind: Kind = {
  type: 'custom',
  check: (value, path, issues) => {
    if (!isRecord(value) || (value.kind !== 'linear' && value.kind !== 'steps')) {
      issues.add(path, `méthode des indicateurs inconnue ${shown(value)} : attendu { "kind": "linear" } ou { "kind": "steps", "steps": [0.25, 0.5, 0.75, 1] }`);
      return undefined;
    }
    const allowed = value.kind === 'linear' ? ['kind'] : ['kind', 'steps'];
    const before = issues.items.length;
    issues.unknownKeys(value, allowed, path);
    if (value.kind === 'linear') return issues.items.length > before ? undefined : { kind: 'linear' };
    const stepsPath = childPath(path, 'steps');
    const steps = value.steps;
    if (!Array.isArray(steps) || steps.length === 0) {
      issues.add(stepsPath, `paliers attendus : une liste croissante de fractions dans ]0, 1], par ex. [0.25, 0.5, 0.75, 1] (reçu : ${shown(steps)})`);
      return undefined;
    }
    steps.forEach((s, i) => {
      if (typeof s !== 'number' || !Number.isFinite(s) || s <= 0 || s > 1)
        issues.add(childPath(stepsPath, i), `palier impossible ${shown(s)} : une fraction dans ]0, 1]`);
      else if (i > 0 && typeof steps[i - 1] === 'number' && s <= (steps[i - 1] as number))
        issues.add(childPath(stepsPath, i), `palier ${s} : les paliers doivent être strictement croissants`);
    });
    return issues.items.length > before ? undefined : { kind: 'steps', steps: [...(steps as number[])] };
  },
};

// ——— Barème (the amounts of a CPTS's own contract) ———

const STANDARD_BAREME_KEYS = ['fixed', 'variable'] as const;
const CRISIS_BAREME_KEYS = ['plan', 'update', 'activation'] as const;

const baremeKind: Kind = {
  type: 'custom',
  check: (value, path, issues, ctx) => {
    if (!isRecord(value)) {
      issues.add(path, 'le barème doit être un objet { "label", "sizes": { "1": …, "4": … } }');
      return undefined;
    }
    issues.unknownKeys(value, ['label', 'sizes'], path);
    const label = value.label === undefined ? undefined : checkKind(text, value.label, childPath(path, 'label'), issues, ctx);
    const sizesPath = childPath(path, 'sizes');
    if (!isRecord(value.sizes) || Object.keys(value.sizes).length === 0) {
      issues.add(sizesPath, 'le barème doit donner les montants d’au moins une taille ("1" à "4")');
      return undefined;
    }
    const sizeKeys = SIZES.map(String);
    issues.unknownKeys(value.sizes, sizeKeys, sizesPath);
    const sizes: Record<string, unknown> = {};
    for (const key of sizeKeys) {
      const entry = value.sizes[key];
      if (entry === undefined) continue;
      const parsed = checkSizeBareme(entry, `${sizesPath}.${key}`, issues, ctx);
      if (parsed) sizes[key] = parsed;
    }
    return { ...(label ? { label } : {}), sizes };
  },
};

function checkSizeBareme(value: unknown, path: string, issues: IssueList, ctx: Context): unknown {
  if (!isRecord(value)) {
    issues.add(path, 'attendu { "fonctionnement", "missions" }');
    return undefined;
  }
  issues.unknownKeys(value, ['fonctionnement', 'missions'], path);
  const money: Kind = { type: 'money' };
  const fonctionnement = checkKind(money, value.fonctionnement, childPath(path, 'fonctionnement'), issues, ctx);
  const missionsPath = childPath(path, 'missions');
  if (!isRecord(value.missions)) {
    issues.add(missionsPath, `attendu les montants de chaque mission (${MISSION_IDS.join(', ')})`);
    return undefined;
  }
  const source = value.missions;
  issues.unknownKeys(source, MISSION_IDS, missionsPath);
  const parts = (id: MissionId, keys: readonly string[]): Record<string, unknown> | undefined => {
    const p = childPath(missionsPath, id);
    const entry = source[id];
    if (!isRecord(entry)) {
      issues.add(p, `montants manquants (attendu ${keys.join(', ')})`);
      return undefined;
    }
    issues.unknownKeys(entry, keys, p);
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const m = checkKind(money, entry[k], childPath(p, k), issues, ctx);
      if (m !== undefined) out[k] = m;
    }
    return Object.keys(out).length === keys.length ? out : undefined;
  };
  const missions: Record<string, unknown> = {};
  for (const id of STANDARD_MISSION_IDS) missions[id] = parts(id, STANDARD_BAREME_KEYS);
  missions[CRISIS_MISSION_ID] = parts(CRISIS_MISSION_ID, CRISIS_BAREME_KEYS);
  if (fonctionnement === undefined || Object.values(missions).some((m) => m === undefined)) return undefined;
  return { fonctionnement, missions };
}

// ——— The scenario ———

const FORMAT_FAMILY = /^aci-cpts-scenario\/(\d+)$/;

/** The format version a file declares: 1 or 2, or null for anything else (refused by the format field). */
export function formatVersionOf(format: unknown): number | null {
  const m = typeof format === 'string' ? FORMAT_FAMILY.exec(format) : null;
  const n = m ? Number(m[1]) : NaN;
  return n === 1 || n === 2 ? n : null;
}

const formatKind: Kind = {
  type: 'custom',
  check: (value, path, issues) => {
    if (formatVersionOf(value) !== null) return SCENARIO_FORMAT;
    const m = typeof value === 'string' ? FORMAT_FAMILY.exec(value) : null;
    if (m)
      issues.add(
        path,
        `version de format ${m[1]} non prise en charge : ce simulateur lit les formats 1 et 2 (« ${SCENARIO_FORMAT} ») ; mettez le simulateur à jour`,
      );
    else issues.add(path, `format inconnu ${shown(value)} : attendu « ${SCENARIO_FORMAT} »`);
    return undefined;
  },
};

export const SCENARIO_FIELDS = {
  format: { kind: formatKind, label: 'format' },
  name: { kind: text, label: 'nom du scénario' },
  ruleVersion: { kind: ruleVersionKind, label: 'version des règles' },
  cpts: {
    kind: { type: 'list', nonEmpty: true, of: { type: 'object', schema: CPTS }, message: () => 'la liste des CPTS doit contenir au moins une CPTS' },
    label: 'CPTS',
    check: (value, path, issues) =>
      duplicates(
        (value as CptsInput[]).map((c) => c.id),
        (i, id) => issues.add(childPath(childPath(path, i), 'id'), `identifiant en double « ${id} » : chaque CPTS doit avoir le sien`),
      ),
  },
  bareme: { kind: baremeKind, label: 'barème', optional: true },
  parameters: { kind: { type: 'object', schema: PARAMETERS_SCHEMA }, label: 'paramètres', optional: true, since: 2 },
  indicatorMethod: { kind: indicatorMethodKind, label: 'méthode des indicateurs', optional: true, since: 2 },
} as const satisfies { readonly [K in keyof Scenario]-?: FieldSpec };

export const SCENARIO_SCHEMA: ObjectSchema = {
  fields: SCENARIO_FIELDS,
  shape: 'un scénario doit être un objet JSON ({ "format": …, "cpts": […] })',
};
