import { findRuleVersion } from '../engine';
import { isLanguage, type Language } from './i18n';

/** The pane's settings, kept in the browser's storage (per user, per machine). */
export interface PaneSettings {
  readonly language: Language;
  /** "auto" (each contract year follows its dates) or a rule version id forced for the next runs. */
  readonly ruleVersion: string;
  /** The name saved with scenarios (Office does not tell the pane who the user is); empty for none. */
  readonly author: string;
  /** Recalculate by itself, debounced, when inputs change after a run (off by default: a run rewrites sheets). */
  readonly autoRecalculate: boolean;
}

export const DEFAULT_SETTINGS: PaneSettings = { language: 'fr', ruleVersion: 'auto', author: '', autoRecalculate: false };
const MAX_AUTHOR = 100;
const KEY = 'simulateur-aci-cpts.settings';

/** Reads stored settings; anything unknown (an old version id, a corrupt value) falls back to the default. */
export function loadSettings(storage: Pick<Storage, 'getItem'> | null): PaneSettings {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
    const language = 'language' in raw && isLanguage(raw.language) ? raw.language : DEFAULT_SETTINGS.language;
    const rule = 'ruleVersion' in raw && typeof raw.ruleVersion === 'string' ? raw.ruleVersion : 'auto';
    const author = 'author' in raw && typeof raw.author === 'string' ? raw.author.slice(0, MAX_AUTHOR) : '';
    const autoRecalculate = 'autoRecalculate' in raw && raw.autoRecalculate === true;
    return { language, ruleVersion: rule === 'auto' || findRuleVersion(rule) ? rule : 'auto', author, autoRecalculate };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function saveSettings(storage: Pick<Storage, 'setItem'> | null, settings: PaneSettings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage can be disabled (private mode, some Office hosts): settings then last for the session.
  }
}

/** window.localStorage, or null where reading it throws (sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
