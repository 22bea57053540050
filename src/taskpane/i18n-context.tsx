import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { MESSAGES, type Language, type Messages } from './i18n';

interface I18n {
  readonly lang: Language;
  readonly t: Messages;
}

const I18nContext = createContext<I18n>({ lang: 'fr', t: MESSAGES.fr });

export function I18nProvider({ lang, children }: { readonly lang: Language; readonly children: ReactNode }): ReactNode {
  const value = useMemo(() => ({ lang, t: MESSAGES[lang] }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
