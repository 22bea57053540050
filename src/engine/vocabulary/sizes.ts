/** Size category (« taille ») of a CPTS: four, from the population it covers (rules/size.ts reads the bands). */
export const SIZES = [1, 2, 3, 4] as const;
export type Size = (typeof SIZES)[number];
