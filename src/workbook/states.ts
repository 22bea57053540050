import type { WorkbookIssue } from './port';

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
