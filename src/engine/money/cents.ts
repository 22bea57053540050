import { Dec, type Dec as Decimal } from './money';

/**
 * Whole cents as plain integers, for sums only. Every amount the engine adds up (table amounts, rounded lines,
 * advances and balances) is a whole number of cents, and a department's total stays far below 2^53 cents
 * (90 000 billion euros), so integer addition of cents is exact and needs no decimal.js object per step. The
 * products (rate × amount × prorata) stay decimal.js; a sum becomes a Decimal again once, when it is complete.
 */

/**
 * The cents of an amount that is a whole number of cents, read from decimal.js's documented representation
 * (`d`: base-10^7 words, `e`: exponent of the first digit, `s`: sign), so no string or object is made. Throws if
 * the amount has a fraction of a cent: a sum in cents is exact or refused, never approximate.
 */
export function centsOf(amount: Decimal): number {
  const { d, e, s } = amount;
  if (!d) throw new Error(`Montant non fini : ${amount.toString()}`);
  // Words are aligned on powers of 10^7: the first holds (e mod 7) + 1 digits.
  const firstDigits = (((e % 7) + 7) % 7) + 1;
  const top = (e - firstDigits + 1) / 7;
  let cents = 0;
  for (let i = 0; i < d.length; i++) {
    const k = top - i;
    const word = d[i]!;
    if (k >= 0) {
      const power = WORD_POWERS[k];
      if (power === undefined) throw new Error(`Montant hors des limites du calcul exact en centimes : ${amount.toString()}`);
      cents += word * 100 * power;
    } else if (k === -1 && word % 100_000 === 0) cents += word / 100_000;
    else if (word !== 0) throw new Error(`Montant qui n’est pas un nombre entier de centimes : ${amount.toString()}`);
  }
  return s * cents;
}

/** 10^7k for the word positions of amounts below 10^21 (far above any department's). */
const WORD_POWERS = [1, 1e7, 1e14];

/** Decimals of the sums already made: a department's CPTS share most of their payment amounts. */
const decimalOfCents = new Map<number, Decimal>();
const MAX_REMEMBERED = 100_000;

/** The amount of a whole number of cents, as the engine's Decimal (built from its exact decimal text). */
export function fromCents(cents: number): Decimal {
  let amount = decimalOfCents.get(cents);
  if (amount === undefined) {
    if (!Number.isSafeInteger(cents)) throw new Error(`Somme hors des limites du calcul exact en centimes : ${cents}`);
    const abs = Math.abs(cents);
    const units = Math.floor(abs / 100);
    const rest = abs - units * 100;
    amount = new Dec(`${cents < 0 ? '-' : ''}${units}.${rest < 10 ? '0' : ''}${rest}`);
    if (decimalOfCents.size >= MAX_REMEMBERED) decimalOfCents.clear();
    decimalOfCents.set(cents, amount);
  }
  return amount;
}
