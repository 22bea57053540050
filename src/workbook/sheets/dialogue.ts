import {
  Dec,
  frenchDate,
  isConfirmedStatus,
  latePayments,
  localIsoDate,
  missingTotal,
  reconciliationOf,
  PARAMETERS,
  resolveParameters,
  rulesCurrentTo,
  type CptsProjection,
  type IsoDate,
  type Issue,
  type Projection,
  type Scenario,
} from '../../engine';
import { asText, isoToSerial, type CellValue } from '../grid/cells';
import { money, prorataShare } from './outputs';
import {
  COMPONENT_LABELS,
  DIALOGUE_AMOUNT_COLUMNS,
  DIALOGUE_BALANCE_COLUMNS,
  DIALOGUE_CONTRACT_COLUMNS,
  DIALOGUE_INDICATOR_COLUMNS,
  DIALOGUE_PAYMENT_COLUMNS,
  DIALOGUE_ASSUMPTION_COLUMNS,
  DIALOGUE_BANNER,
  DIALOGUE_SHEET,
  DIALOGUE_TABLES,
  MISSION_LABELS,
  PAYMENT_KIND_LABELS,
  STATUS_LABELS,
  type ColumnSpec,
} from '../contract/layout';
import type { CellsPlan, PrintPlan, SheetPlan, TablePlan } from '../grid/plan';

/**
 * The printable « Dialogue de gestion » sheet for one CPTS (issue 12 §4): the contract, the indicators, the
 * amounts earned against the maximum, payments made and to come, what is provisional and the assumptions, with
 * a stamp. A generated sheet (rewritten whole each time), set up for A4 landscape, one page wide.
 */

/** When the sheet is written, on the user's clock: the stamp, and « today » for what is late. */
export interface DialogueMoment {
  readonly date: IsoDate;
  /** `HH:MM`. */
  readonly time: string;
}

/** The user's local date and time of an instant. */
export function momentOf(instant: Date): DialogueMoment {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { date: localIsoDate(instant), time: `${pad(instant.getHours())}:${pad(instant.getMinutes())}` };
}

/** Excel's header and footer codes start with « & »: a user's « & » is written « && ». */
const headerText = (text: string): string => text.replace(/&/g, '&&');

/** The three rows repeated at the top of every printed page: banner, title, stamp. */
const TITLE_ROWS = 3;

export type DialoguePlanOutcome =
  { readonly ok: true; readonly plan: SheetPlan; readonly cpts: CptsProjection } | { readonly ok: false; readonly issues: readonly Issue[] };

export function dialoguePlan(scenario: Scenario, projection: Projection, cptsId: string, now: DialogueMoment): DialoguePlanOutcome {
  const index = projection.cpts.findIndex((c) => c.id === cptsId);
  const c = projection.cpts[index];
  const input = scenario.cpts[index];
  if (!c || !input || input.id !== cptsId) {
    return {
      ok: false,
      issues: [{ path: '', message: `Aucune CPTS d’identifiant « ${cptsId} » dans les paramètres : relancez « Calculer » puis choisissez une CPTS.` }],
    };
  }
  const stamp = `Scénario « ${scenario.name} » — édité le ${frenchDate(now.date)} à ${now.time} — règles à jour au ${frenchDate(rulesCurrentTo())} — version(s) des règles : ${[...new Set(c.years.map((y) => y.ruleVersion))].join(', ')}`;
  const cells: CellsPlan[] = [
    { row: 0, col: 0, values: [[DIALOGUE_BANNER]], kind: 'banner' },
    { row: 1, col: 0, values: [[asText(`Dialogue de gestion — ${c.name}`)]], kind: 'header' },
    { row: 2, col: 0, values: [[asText(stamp)]], kind: 'info' },
  ];
  const tables: TablePlan[] = [];
  let row = TITLE_ROWS + 1;
  const section = (title: string, name: string, columns: readonly ColumnSpec[], rows: CellValue[][], note?: string): void => {
    cells.push({ row, col: 0, values: [[title]], kind: 'total' });
    row++;
    if (note) {
      cells.push({ row, col: 0, values: [[note]], kind: 'info' });
      row++;
    }
    tables.push({ name, row, col: 0, columns, rows, kind: 'output' });
    // Header, body (an Excel table always has one), a blank row.
    row += 1 + Math.max(1, rows.length) + 1;
  };

  // 1. The contract, its size and missions.
  const contract: CellValue[][] = [
    ['Identifiant', asText(c.id)],
    ['CPTS', asText(c.name)],
    ['Population', c.population],
    ['Taille', `taille ${c.size}${c.sizeOnBoundary ? ' (population sur un seuil : taille à confirmer)' : ''}`],
    ['Signature du contrat', frenchDate(c.signatureDate)],
    ['Fin du contrat', frenchDate(c.contractEnd)],
    ...input.missions.map((m): CellValue[] => [`Mission : ${MISSION_LABELS[m.mission]}`, `démarrage le ${frenchDate(m.startDate)}`]),
  ];
  section('Contrat', DIALOGUE_TABLES.contract, DIALOGUE_CONTRACT_COLUMNS, contract);

  // 2. Indicators: targets and actuals, year by year.
  const indicators = input.missions.flatMap((m) =>
    (m.indicators ?? []).map((i): CellValue[] => [
      MISSION_LABELS[m.mission],
      asText(i.name),
      i.weight,
      i.baseline,
      ...[0, 1, 2, 3, 4].map((y) => i.targets[y] ?? null),
      ...[0, 1, 2, 3, 4].map((y) => i.actuals[y] ?? null),
    ]),
  );
  const method = scenario.indicatorMethod?.kind === 'steps' ? `paliers (${scenario.indicatorMethod.steps.map((s) => `${s * 100} %`).join(', ')})` : 'linéaire';
  section(
    'Indicateurs : cibles et réalisés',
    DIALOGUE_TABLES.indicators,
    DIALOGUE_INDICATOR_COLUMNS,
    indicators,
    `Convention du classeur, pas du contrat : atteinte = (réalisé − départ) ÷ (cible − départ), bornée entre 0 et 100 % ; taux de la mission = moyenne pondérée, méthode ${method}. Une année sans tous ses réalisés garde le taux saisi.`,
  );

  // 3. Amounts earned against the maximum, per mission and year.
  const amounts: CellValue[][] = c.years.flatMap((y) =>
    y.lines.map((l): CellValue[] => [
      y.contractYear,
      MISSION_LABELS[l.mission],
      COMPONENT_LABELS[l.component],
      money(l.max),
      prorataShare(l.prorata),
      l.component === 'variable' ? money(l.rate) : null,
      l.rateSource === 'indicateurs' ? 'indicateurs' : l.rateSource === 'saisie' ? 'saisi' : null,
      money(l.amount),
      STATUS_LABELS[l.source.status],
    ]),
  );
  section('Montants acquis face au maximum, par mission et par année', DIALOGUE_TABLES.amounts, DIALOGUE_AMOUNT_COLUMNS, amounts);

  // 4. Payments made and to come.
  const r = reconciliationOf(c);
  const late = latePayments(r, now.date);
  const keyOf = (p: { date: IsoDate; contract: number; contractYear: number; kind: string }): string => `${p.date}/${p.contract}/${p.contractYear}/${p.kind}`;
  const lateKeys = new Set(late.map(keyOf));
  const payments: CellValue[][] = r.planned.map((p): CellValue[] => {
    const due = p.planned.minus(p.paid);
    const state = due.lessThanOrEqualTo(0)
      ? 'versé'
      : lateKeys.has(keyOf(p))
        ? p.paid.isZero()
          ? 'en retard'
          : 'en retard (versé en partie)'
        : !r.recorded && p.date < now.date
          ? 'versement non saisi'
          : p.paid.isZero()
            ? 'à venir'
            : 'versé en partie';
    return [isoToSerial(p.date), p.contract, p.contractYear, PAYMENT_KIND_LABELS[p.kind], money(p.planned), money(p.paid), money(Dec.max(due, 0)), state];
  });
  for (const u of r.unmatched)
    payments.push([
      isoToSerial(u.date),
      u.contract,
      u.contractYear,
      `versement « ${u.nature} »`,
      0,
      Number(u.amount),
      0,
      'sans échéance prévue correspondante',
    ]);
  const paymentsNote = r.recorded
    ? `État au ${frenchDate(now.date)}.`
    : `État au ${frenchDate(now.date)}. Aucun versement réalisé saisi pour cette CPTS (feuille « Versements réalisés ») : les retards ne peuvent pas être établis.`;
  section('Versements réalisés et à venir', DIALOGUE_TABLES.payments, DIALOGUE_PAYMENT_COLUMNS, payments, paymentsNote);
  section('Solde du contrat', DIALOGUE_TABLES.balance, DIALOGUE_BALANCE_COLUMNS, [
    ['Total ACI du contrat', money(c.total)],
    ['Versé au titre de l’ACI', money(r.paid)],
    ['Reste à verser', money(r.remaining)],
    [`dont en retard au ${frenchDate(now.date)}`, money(missingTotal(late))],
    ['Hors ACI prévu (à part)', money(r.horsAciPlanned)],
    ['Versé hors ACI (à part)', money(r.horsAciPaid)],
  ]);

  // 5. What is provisional, and the assumptions.
  const provisional = c.years.flatMap((y) => y.lines).filter((l) => !isConfirmedStatus(l.source.status));
  const provisionalKinds = [
    ...new Set(provisional.map((l) => `${MISSION_LABELS[l.mission]} — ${COMPONENT_LABELS[l.component]} (${STATUS_LABELS[l.source.status]})`)),
  ];
  const resolved = resolveParameters(scenario.parameters);
  const assumptions: CellValue[][] = [
    ['Montants provisoires', provisionalKinds.length === 0 ? 'aucun' : provisionalKinds.join(' ; '), provisionalKinds.length === 0 ? '' : 'provisoire'],
    ['Méthode des indicateurs', `convention du classeur (${method}) ; le contrat de la CPTS fixe la méthode réelle`, 'convention'],
    ...PARAMETERS.map((p): CellValue[] => {
      const value = resolved[p.id];
      const own = scenario.parameters?.[p.id] !== undefined;
      const shown =
        p.kind.type === 'choice' && p.choiceLabels
          ? (p.choiceLabels[p.kind.choices.indexOf(String(value))] ?? String(value))
          : typeof value === 'boolean'
            ? value
              ? 'oui'
              : 'non'
            : p.kind.type === 'fraction'
              ? `${Number(value) * 100} %`
              : p.kind.type === 'date'
                ? frenchDate(String(value))
                : String(value);
      return [p.label, shown, own ? 'réglé dans le scénario' : 'valeur par défaut'];
    }),
  ];
  section('Ce qui est provisoire, et les hypothèses', DIALOGUE_TABLES.assumptions, DIALOGUE_ASSUMPTION_COLUMNS, assumptions);

  const print: PrintPlan = {
    orientation: 'Landscape',
    paperSize: 'A4',
    pagesWide: 1,
    titleRows: `$1:$${TITLE_ROWS}`,
    header: { left: headerText(c.name), center: 'Dialogue de gestion', right: headerText(`Scénario « ${scenario.name} »`) },
    footer: { left: `Édité le ${frenchDate(now.date)} à ${now.time}`, center: 'Page &P sur &N', right: 'Simulateur ACI CPTS' },
  };
  return { ok: true, cpts: c, plan: { name: DIALOGUE_SHEET, generated: true, cells, tables, charts: [], freezeRows: TITLE_ROWS, print } };
}
