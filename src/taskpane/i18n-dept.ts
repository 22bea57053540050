import { frenchDate, HORS_ACI_NATURES, WARNING_MESSAGES, type HorsAciKind, type WarningKind, type WarningParams } from '../engine';

/**
 * The pane's texts for a department's budget (issue 11): calendar-year budget, renewals, hors ACI, warnings
 * grouped by kind, comparisons by CPTS and mission. A part of `Messages` (i18n.ts), typed the same way.
 */
export interface DeptMessages {
  readonly renewalYearN: (n: number) => string;
  readonly budgetCaption: string;
  readonly aci: string;
  readonly ofWhichRenewal: string;
  /** Of the ACI, the euros resting on « à vérifier » or « provisoire » amounts (budget.ts's `provisional`). */
  readonly ofWhichProvisional: string;
  readonly horsAci: string;
  readonly includingHorsAci: string;
  readonly byContractYearOfCpts: string;
  readonly upcomingWindow: string;
  readonly windowTwelveMonths: string;
  readonly windowNextYear: (year: string) => string;
  /** Caption of the « hors ACI » amounts to come, listed apart from the ACI payments. */
  readonly upcomingHorsAci: string;
  readonly horsAciTotal: string;
  readonly horsAciNatures: Readonly<Record<HorsAciKind, string>>;
  readonly renewalAssumed: string;
  /** Title of a group of warnings of one kind, with their count. */
  readonly warningGroup: Readonly<Record<WarningKind, (count: number) => string>>;
  /** One warning's text, from its parameters (dates jj/mm/aaaa). */
  readonly warningText: Readonly<Record<WarningKind, (p: WarningParams) => string>>;
  readonly showCells: (count: number) => string;
  readonly whoMovedByCpts: string;
  readonly whoMovedByMission: string;
  readonly contributor: string;
  readonly moreContributors: (count: number) => string;
  readonly addRow: (table: string) => string;
  readonly removeRow: (table: string, row: number) => string;
}

const str = (v: string | number | undefined): string => String(v ?? '');

export const deptFr: DeptMessages = {
  renewalYearN: (n) => `Renouvellement, année ${n}`,
  budgetCaption: 'Par année civile (versements)',
  aci: 'ACI',
  ofWhichRenewal: 'dont renouvellement supposé',
  ofWhichProvisional: 'dont montants provisoires',
  horsAci: 'Hors ACI',
  includingHorsAci: 'Y compris hors ACI',
  byContractYearOfCpts: 'Par année de contrat de cette CPTS',
  upcomingWindow: 'Versements à venir',
  windowTwelveMonths: 'les douze prochains mois',
  windowNextYear: (year) => `l’année civile ${year}`,
  upcomingHorsAci: 'Hors ACI à venir (à part : jamais dans le total ACI)',
  horsAciTotal: 'Total hors ACI',
  horsAciNatures: HORS_ACI_NATURES,
  renewalAssumed: 'renouvellement supposé',
  warningGroup: {
    'size-boundary': (n) => `Population sur une limite de taille (${n})`,
    'contracts-end': (n) => `Contrats qui se terminent sans renouvellement supposé (${n})`,
    'mission-missing': (n) => `Mission socle absente (${n})`,
    'mission-late': (n) => `Mission socle qui démarre trop tard (${n})`,
    'crisis-without-version': (n) => `Mission crises sanitaires sans version qui la prévoit (${n})`,
    'rules-current-to': (n) => `Contrat au-delà de la date de mise à jour des règles (${n})`,
  },
  warningText: WARNING_MESSAGES,
  showCells: (n) => (n > 1 ? `voir les ${n} cellules` : 'voir la cellule'),
  whoMovedByCpts: 'Écarts par CPTS (les plus grands d’abord)',
  whoMovedByMission: 'Écarts par mission (les plus grands d’abord)',
  contributor: 'Qui',
  moreContributors: (n) => `… et ${n} de plus`,
  addRow: (table) => `Ajouter une ligne à ${table}`,
  removeRow: (table, row) => `Supprimer la ligne ${row} de ${table}`,
};

export const deptEn: DeptMessages = {
  renewalYearN: (n) => `Renewal, year ${n}`,
  budgetCaption: 'By calendar year (payments)',
  aci: 'ACI',
  ofWhichRenewal: 'of which assumed renewal',
  ofWhichProvisional: 'of which provisional amounts',
  horsAci: 'Outside the ACI',
  includingHorsAci: 'Including outside the ACI',
  byContractYearOfCpts: 'By contract year of this CPTS',
  upcomingWindow: 'Payments to come',
  windowTwelveMonths: 'the next twelve months',
  windowNextYear: (year) => `calendar year ${year}`,
  upcomingHorsAci: 'Outside the ACI, to come (apart: never in the ACI total)',
  horsAciTotal: 'Total outside the ACI',
  horsAciNatures: { 'aide-demarrage-ars': 'Outside the ACI — ARS start-up aid', 'forfait-lettre-intention': 'Outside the ACI — letter-of-intent lump sum' },
  renewalAssumed: 'assumed renewal',
  warningGroup: {
    'size-boundary': (n) => `Population on a size boundary (${n})`,
    'contracts-end': (n) => `Contracts ending without an assumed renewal (${n})`,
    'mission-missing': (n) => `Mandatory mission missing (${n})`,
    'mission-late': (n) => `Mandatory mission starting too late (${n})`,
    'crisis-without-version': (n) => `Crisis mission in years no rule version provides for it (${n})`,
    'rules-current-to': (n) => `Contract beyond the date the rules are current to (${n})`,
  },
  warningText: {
    'size-boundary': (p) => `${p.population} inhabitants: the text does not say which side of the boundary this falls on; size ${p.size} used (provisional)`,
    'contracts-end': (p) =>
      `${p.count} ${Number(p.count) > 1 ? 'contracts end' : 'contract ends'} before ${frenchDate(str(p.horizon))} without an assumed renewal (${p.cpts}): calendar years up to ${str(p.horizon).slice(0, 4)} count nothing after their end`,
    'mission-missing': (p) => `mandatory mission « ${p.mission} » missing: it must start by ${frenchDate(str(p.deadline))} (${p.ref})`,
    'mission-late': (p) => `mandatory mission « ${p.mission} » must start within ${p.months} months of signature, by ${frenchDate(str(p.deadline))} (${p.ref})`,
    'crisis-without-version': (p) =>
      `the « crises-sanitaires » mission counts nothing in contract year${Number(p.count) > 1 ? 's' : ''} ${p.years}: with avenant 2 taking effect on ${frenchDate(str(p.date))}, no rule version in force provides for it`,
    'rules-current-to': (p) =>
      `the contract runs until ${frenchDate(str(p.end))}, beyond the date the rules are current to (${frenchDate(str(p.currentTo))}): a later amendment could change the amounts`,
  },
  showCells: (n) => (n > 1 ? `show the ${n} cells` : 'show the cell'),
  whoMovedByCpts: 'Differences by CPTS (largest first)',
  whoMovedByMission: 'Differences by mission (largest first)',
  contributor: 'Who',
  moreContributors: (n) => `… and ${n} more`,
  addRow: (table) => `Add a row to ${table}`,
  removeRow: (table, row) => `Remove row ${row} of ${table}`,
};
