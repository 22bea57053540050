import { localIsoDate } from '../engine';
import { fonctionnement, FunctionArgumentError, montant, taille, totalMax, type ExcelArg, type ExcelMatrix } from './aci-functions';

/**
 * Binds the functions to the ids of functions.json in Excel's custom-functions runtime (shared with the
 * task pane). Bad arguments become Excel errors (#VALEUR!) carrying the French message, never a crash.
 */
interface CustomFunctionsError {
  readonly code: string;
  readonly message?: string;
}
interface CustomFunctionsRuntime {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => CustomFunctionsError;
  ErrorCode: { readonly invalidValue: string };
}

/** Today as the user's calendar shows it: what « aujourd’hui » means in a formula. */
const todayIso = (): string => localIsoDate(new Date());

/** Each metadata id and its implementation; parameters in the metadata's order. */
export const IMPLEMENTATIONS: Readonly<Record<string, (...args: never[]) => number>> = {
  TAILLE: (p: ExcelArg) => taille(p),
  FONCTIONNEMENT: (p: ExcelArg, d: ExcelArg) => fonctionnement(p, d, todayIso()),
  MONTANT: (p: ExcelArg, m: ExcelArg, c: ExcelArg, r: ExcelArg, d: ExcelArg) => montant(p, m, c, r, d, todayIso()),
  'TOTAL.MAX': (p: ExcelArg, o: ExcelMatrix, d: ExcelArg) => totalMax(p, o, d, todayIso()),
};

export function registerCustomFunctions(runtime: CustomFunctionsRuntime): void {
  for (const [id, fn] of Object.entries(IMPLEMENTATIONS)) {
    runtime.associate(id, (...args: never[]) => {
      try {
        return fn(...args);
      } catch (e) {
        const message = e instanceof FunctionArgumentError ? e.message : 'erreur interne du simulateur';
        throw new runtime.Error(runtime.ErrorCode.invalidValue, message);
      }
    });
  }
}

declare global {
  // Present only inside Excel's custom-functions runtime.
  var CustomFunctions: CustomFunctionsRuntime | undefined;
}

/** Called by the task pane's entry: registers when the runtime is there, does nothing elsewhere (browser preview). */
export function registerIfAvailable(): boolean {
  const runtime = globalThis.CustomFunctions;
  if (!runtime) return false;
  registerCustomFunctions(runtime);
  return true;
}
