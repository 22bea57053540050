import type { IsoDate } from '../calendar/dates';
import { Dec, type Dec as Decimal } from '../money/money';
import { HORS_ACI_RULES } from '../rules/hors-aci';
import type { RuleStatus } from '../rules/types';
import type { HorsAciInput, HorsAciKind } from '../scenario/types';
import type { Size } from '../vocabulary/sizes';

/**
 * « Hors ACI » lines: dated amounts outside the contract (ARS start-up aid, pre-contract forfait). Each is its
 * own line and payment with its own nature; ACI totals never include them (shared/aci-rules.md).
 */
export interface HorsAciLine {
  readonly kind: HorsAciKind;
  readonly date: IsoDate;
  readonly amount: Decimal;
  /** `saisie`: the amount the user entered; `regles`: the rule table's amount for the CPTS's size. */
  readonly source: 'saisie' | 'regles';
  /** The rule table's status when the amount comes from it; `confirmed`… or null for an entered amount. */
  readonly status: RuleStatus | null;
  readonly reference: string;
  /** Whether the amount is deducted from the contract's payments (never, for now: said in outputs). */
  readonly deductedFromContract: boolean;
}

export function horsAciLines(inputs: readonly HorsAciInput[], size: Size): HorsAciLine[] {
  return inputs
    .map((h): HorsAciLine => {
      const rule = HORS_ACI_RULES[h.kind];
      const table = rule.amount[size];
      const entered = h.amount !== undefined;
      return {
        kind: h.kind,
        date: h.date,
        amount: new Dec(h.amount ?? table.value),
        source: entered ? 'saisie' : 'regles',
        status: entered ? null : table.status,
        reference: table.ref,
        deductedFromContract: rule.deductedFromContract.value,
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
