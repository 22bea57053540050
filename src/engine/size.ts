import type { SizeRule } from './rules/types';

/** Size category (« taille ») of a CPTS, from the population it covers. */
export const SIZES = [1, 2, 3, 4] as const;
export type Size = (typeof SIZES)[number];

/** Bands are rule data (their wording and status live in the rule version); this only reads them. */
export function sizeOf(population: number, rule: SizeRule): Size {
  for (const band of rule.bands) {
    if (population >= band.min && (band.max === null || population <= band.max)) return band.size;
  }
  // Bands cover every integer from 0 upwards (checked by a unit test), so this is a broken rule table.
  throw new Error(`Barème de tailles incomplet : aucune taille pour ${population} habitants`);
}

/** A population on a boundary whose side the text does not settle (40 000, 80 000, 175 000). */
export function isOnAmbiguousBoundary(population: number, rule: SizeRule): boolean {
  return rule.ambiguousPopulations.value.includes(population);
}
