import type { Size } from '../vocabulary/sizes';
import type { SizeRule } from './types';

/**
 * Which size a population on an ambiguous boundary falls in: `text` (the bands as held: 40 000 and 80 000 in
 * taille 2, 175 000 in taille 3), `lower` (each in the smaller of its two sizes), `upper` (each in the larger).
 */
export type SizeBoundaries = 'text' | 'lower' | 'upper';

/** Bands are rule data (their wording and status live in the rule version); this only reads them. */
export function sizeOf(population: number, rule: SizeRule, boundaries: SizeBoundaries = 'text'): Size {
  // The two sizes a boundary population could take are those of its neighbours on either side.
  if (boundaries !== 'text' && isOnAmbiguousBoundary(population, rule)) return bandOf(boundaries === 'lower' ? population - 1 : population + 1, rule);
  return bandOf(population, rule);
}

function bandOf(population: number, rule: SizeRule): Size {
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
