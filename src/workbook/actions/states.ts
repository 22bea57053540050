import { GENERATED_MARKER } from '../contract/layout';
import type { WorkbookIssue } from '../port';

/** Excel states in which an action must change nothing. */
export type BlockingState = 'editing' | 'protected' | 'read-only';

const MESSAGES: Readonly<Record<BlockingState, string>> = {
  editing: 'Excel est en train de modifier une cellule : validez ou annulez la saisie (Entrée ou Échap), puis relancez. Rien n’a été modifié.',
  protected: 'Le classeur ou une feuille à écrire est protégé : ôtez la protection (Révision > Ôter la protection), puis relancez. Rien n’a été modifié.',
  'read-only': 'Le classeur est ouvert en lecture seule : enregistrez-en une copie modifiable, puis relancez. Rien n’a été modifié.',
};

export function blockingIssue(state: BlockingState, detail?: string): WorkbookIssue {
  return { path: '', message: detail ? `${MESSAGES[state]} (${detail})` : MESSAGES[state], cell: null };
}

/** A sheet with a generated sheet's name that the add-in did not create: never deleted. */
export function foreignSheetIssue(sheet: string): WorkbookIssue {
  return {
    path: '',
    message: `La feuille « ${sheet} » existe déjà et n’a pas été créée par le simulateur : renommez-la pour que le calcul puisse écrire ses résultats. Rien n’a été modifié.`,
    cell: { sheet, address: 'A1' },
  };
}

/** A generated sheet whose write stopped part-way: A1 says so until the next complete run. */
export const INCOMPLETE_BANNER = `${GENERATED_MARKER} — incomplet — recalculer : l’écriture de cette feuille s’est interrompue, ses valeurs ne sont pas toutes à jour.`;

/** A write that began and stopped: never « rien n’a été modifié ». */
export function incompleteIssue(sheets: readonly string[], reason: string): WorkbookIssue {
  const list = sheets.map((s) => `« ${s} »`).join(', ');
  return {
    path: '',
    message: `L’écriture s’est interrompue en cours de route (${reason}) : ${sheets.length > 1 ? `les feuilles ${list} sont incomplètes` : `la feuille ${list} est incomplète`} et ${sheets.length > 1 ? 'portent' : 'porte'} le bandeau « incomplet — recalculer ». Les autres sont à jour. Relancez l’action.`,
    cell: sheets[0] ? { sheet: sheets[0], address: 'A1' } : null,
  };
}

/** An input table Excel shows in a way the add-in cannot write by position. */
export function tableShapeIssue(table: string, sheet: string, what: 'totals' | 'headers' | 'filter'): WorkbookIssue {
  const detail = {
    totals: 'affiche une ligne de totaux : masquez-la (Création de tableau > Ligne de totaux)',
    headers: 'a sa ligne d’en-tête masquée : affichez-la (Création de tableau > Ligne d’en-tête)',
    filter: 'est filtré : effacez le filtre (Données > Effacer)',
  }[what];
  return {
    path: '',
    message: `Le tableau « ${table} » de la feuille « ${sheet} » ${detail}, puis relancez. Rien n’a été modifié.`,
    cell: { sheet, address: 'A1' },
  };
}
