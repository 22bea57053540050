/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { Dec, type Comparison, type ComparisonRow } from '../../../src/engine';
import { ComparisonView } from '../../../src/taskpane/components/ComparisonView';
import { I18nProvider } from '../../../src/taskpane/i18n-context';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** A row as compareProjections builds it: difference from the first amount, ratio over it (null when it is zero). */
function row(period: string, amounts: readonly string[]): ComparisonRow {
  const reference = new Dec(amounts[0]!);
  return {
    period,
    cells: amounts.map((a) => {
      const difference = new Dec(a).minus(reference);
      return { amount: new Dec(a), difference, ratio: reference.isZero() ? null : difference.div(reference) };
    }),
  };
}

const comparison: Comparison = {
  names: ['Haute', 'Basse'],
  byContractYear: [
    row('1', ['100000', '90000']),
    row('2', ['0', '5000']),
    row('3', ['50000', '50000']),
    row('4', ['50000', '50000']),
    row('5', ['50000', '50000']),
  ],
  byCalendarYear: [row('2025', ['150000', '145000'])],
  total: row('total', ['250000', '245000']),
};

describe('ComparisonView', () => {
  beforeEach(() => {
    render(
      <I18nProvider lang="fr">
        <ComparisonView comparison={comparison} />
      </I18nProvider>,
    );
  });

  it('shows each amount and the difference from the reference in € and %', () => {
    expect(screen.getByTestId('compare-contract-1-0-amount').textContent).toBe(`100${NNBSP}000,00${NBSP}€`);
    expect(screen.getByTestId('compare-contract-1-1-amount').textContent).toBe(`90${NNBSP}000,00${NBSP}€`);
    // 90 000 − 100 000 = −10 000; −10 000 ÷ 100 000 = −10 %.
    expect(screen.getByTestId('compare-contract-1-1-diff').textContent).toBe(`-10${NNBSP}000,00${NBSP}€`);
    expect(screen.getByTestId('compare-contract-1-1-ratio').textContent).toBe(`-10${NBSP}%`);
    // 245 000 − 250 000 = −5 000; −5 000 ÷ 250 000 = −2 %.
    expect(screen.getByTestId('compare-calendar-total-1-diff').textContent).toBe(`-5${NNBSP}000,00${NBSP}€`);
    expect(screen.getByTestId('compare-calendar-total-1-ratio').textContent).toBe(`-2${NBSP}%`);
    // 145 000 − 150 000 = −5 000; ÷ 150 000 = −3,33 %.
    expect(screen.getByTestId('compare-calendar-2025-1-ratio').textContent).toBe(`-3,33${NBSP}%`);
  });

  it('says « n. d. » for a percentage over a zero reference, and no difference for the reference itself', () => {
    expect(screen.getByTestId('compare-contract-2-1-diff').textContent).toBe(`+5${NNBSP}000,00${NBSP}€`);
    expect(screen.getByTestId('compare-contract-2-1-ratio').textContent).toBe('n. d.');
    expect(screen.queryByTestId('compare-contract-1-0-diff')).toBeNull();
  });

  it('draws one bar per scenario and contract year, described for screen readers', () => {
    expect(screen.getAllByTestId('comparison-bar')).toHaveLength(10);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      `Totaux par année de contrat. Haute : 250${NNBSP}000,00${NBSP}€ au total ; Basse : 245${NNBSP}000,00${NBSP}€ au total`,
    );
  });
});
