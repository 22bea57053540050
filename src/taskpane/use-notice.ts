import { useCallback, useState } from 'react';

/**
 * A notice held with the language it was worded in: after a change of language it is no longer shown, rather
 * than left in the old one (derived at render, so no effect has to clear it).
 */
export function useNotice<T>(lang: string): readonly [T | null, (notice: T | null) => void] {
  const [held, setHeld] = useState<{ readonly notice: T; readonly lang: string } | null>(null);
  const set = useCallback((notice: T | null) => setHeld(notice === null ? null : { notice, lang }), [lang]);
  return [held && held.lang === lang ? held.notice : null, set] as const;
}
