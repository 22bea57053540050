import type { Language } from './i18n';
import { useI18n } from './i18n-context';

/**
 * The pane's texts for the dialogue features (indicators, payments made, cash by month, « Dialogue de gestion »),
 * typed once for both languages like `i18n.ts`, kept apart so that the main dictionary stays small.
 */
export interface DialogueMessages {
  readonly rateFromIndicators: string;
  readonly rateTyped: string;
  readonly indicatorsTitle: string;
  /** name: (actual − baseline) ÷ (target − baseline) = raw → clamped */
  readonly indicatorLine: (name: string, actual: string, baseline: string, target: string, raw: string, clamped: string) => string;
  readonly weightedMean: (terms: string, weights: string, mean: string) => string;
  readonly stepReached: (step: string) => string;
  readonly noStepReached: string;
  readonly indicatorConvention: string;
  readonly dialogueButton: string;
  readonly dialogueHint: string;
  readonly dialogueWritten: (sheet: string, cpts: string) => string;
  readonly dialogueWrittenNoLayout: (sheet: string, cpts: string) => string;
  readonly dialogueNoPageLayout: string;
  readonly cashTitle: string;
  readonly cashAci: string;
  readonly cashHorsAci: string;
  readonly cashEmpty: string;
  readonly reconciliationTitle: string;
  readonly planned: string;
  readonly paid: string;
  readonly difference: string;
  readonly remaining: (amount: string) => string;
  readonly late: (count: number, amount: string) => string;
  readonly unmatched: (count: number) => string;
  readonly nothingRecorded: string;
}

const fr: DialogueMessages = {
  rateFromIndicators: 'calculé à partir des indicateurs',
  rateTyped: 'saisi',
  indicatorsTitle: 'Indicateurs',
  indicatorLine: (name, actual, baseline, target, raw, clamped) => `${name} : (${actual} − ${baseline}) ÷ (${target} − ${baseline}) = ${raw} → ${clamped}`,
  weightedMean: (terms, weights, mean) => `Moyenne pondérée : (${terms}) ÷ ${weights} = ${mean}`,
  stepReached: (step) => `Paliers : palier atteint ${step}`,
  noStepReached: 'Paliers : aucun palier atteint, taux 0 %',
  indicatorConvention:
    'Convention du classeur, pas celle du contrat : atteinte = (réalisé − départ) ÷ (cible − départ), bornée entre 0 et 100 %, puis moyenne pondérée. Le contrat de la CPTS fixe la méthode réelle.',
  dialogueButton: 'Dialogue de gestion',
  dialogueHint: 'Feuille imprimable pour cette CPTS : contrat, indicateurs, montants, versements, hypothèses.',
  dialogueWritten: (sheet, cpts) => `Feuille « ${sheet} » écrite pour ${cpts}, prête à imprimer (A4 paysage, une page de large).`,
  dialogueWrittenNoLayout: (sheet, cpts) => `Feuille « ${sheet} » écrite pour ${cpts}.`,
  dialogueNoPageLayout:
    'Cette version d’Excel ne permet pas au complément de régler l’impression (ExcelApi 1.9 manquante) : choisissez vous-même A4 paysage, ajustement à une page de large, lignes 1 à 3 répétées (Mise en page).',
  cashTitle: 'Versements par mois (ensemble)',
  cashAci: 'ACI',
  cashHorsAci: 'Hors ACI',
  cashEmpty: 'Aucun versement prévu.',
  reconciliationTitle: 'Versements réalisés face au calendrier',
  planned: 'Prévu',
  paid: 'Versé',
  difference: 'Écart',
  remaining: (amount) => `Reste à verser sur le contrat : ${amount}`,
  late: (count, amount) => (count === 0 ? 'Aucun versement en retard.' : `${count} échéance${count > 1 ? 's' : ''} en retard : ${amount} manquent.`),
  unmatched: (count) => `${count} versement${count > 1 ? 's' : ''} sans échéance prévue correspondante (voir la feuille « Dialogue de gestion »).`,
  nothingRecorded: 'Aucun versement réalisé saisi (feuille « Versements réalisés ») : les retards ne peuvent pas être établis.',
};

const en: DialogueMessages = {
  rateFromIndicators: 'computed from the indicators',
  rateTyped: 'entered',
  indicatorsTitle: 'Indicators',
  indicatorLine: (name, actual, baseline, target, raw, clamped) => `${name}: (${actual} − ${baseline}) ÷ (${target} − ${baseline}) = ${raw} → ${clamped}`,
  weightedMean: (terms, weights, mean) => `Weighted mean: (${terms}) ÷ ${weights} = ${mean}`,
  stepReached: (step) => `Steps: step reached ${step}`,
  noStepReached: 'Steps: no step reached, rate 0 %',
  indicatorConvention:
    'The workbook’s convention, not the contract’s: achievement = (actual − baseline) ÷ (target − baseline), clamped to 0–100 %, then the weighted mean. The CPTS’s contract sets the real method.',
  dialogueButton: 'Management review',
  dialogueHint: 'Printable sheet for this CPTS: contract, indicators, amounts, payments, assumptions.',
  dialogueWritten: (sheet, cpts) => `Sheet “${sheet}” written for ${cpts}, ready to print (A4 landscape, one page wide).`,
  dialogueWrittenNoLayout: (sheet, cpts) => `Sheet “${sheet}” written for ${cpts}.`,
  dialogueNoPageLayout:
    'This Excel does not let add-ins set up printing (ExcelApi 1.9 missing): choose A4 landscape, fit to one page wide and rows 1 to 3 repeated yourself (Page Layout).',
  cashTitle: 'Payments per month (all CPTS)',
  cashAci: 'ACI',
  cashHorsAci: 'Outside the ACI',
  cashEmpty: 'No payment planned.',
  reconciliationTitle: 'Payments made against the schedule',
  planned: 'Planned',
  paid: 'Paid',
  difference: 'Difference',
  remaining: (amount) => `Still to be paid over the contract: ${amount}`,
  late: (count, amount) => (count === 0 ? 'No late payment.' : `${count} late payment${count > 1 ? 's' : ''}: ${amount} missing.`),
  unmatched: (count) => `${count} payment${count > 1 ? 's' : ''} matching no planned payment (see the “Dialogue de gestion” sheet).`,
  nothingRecorded: 'No payment made entered (“Versements réalisés” sheet): late payments cannot be told.',
};

export const DIALOGUE_MESSAGES: Readonly<Record<Language, DialogueMessages>> = { fr, en };

export function useDialogueMessages(): DialogueMessages {
  return DIALOGUE_MESSAGES[useI18n().lang];
}
