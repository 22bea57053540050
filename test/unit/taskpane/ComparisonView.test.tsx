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
  byCalendarYear: [row('2025', ['150000', '145000']), row('2026', ['0', '5000'])],
  total: row('total', ['250000', '245000']),
  // Who moved: B lost 12 000, A gained 7 000 (−12 000 + 7 000 = −5 000, the set's difference), largest first.
  detail: {
    names: ['Haute', 'Basse'],
    calendarYears: ['2025', '2026'],
    byCpts: [
      { key: 'b', label: 'CPTS B', byCalendarYear: [row('2025', ['80000', '68000'])], total: row('total', ['80000', '68000']), weight: new Dec(12000) },
      { key: 'a', label: 'CPTS A', byCalendarYear: [row('2025', ['70000', '77000'])], total: row('total', ['70000', '77000']), weight: new Dec(7000) },
    ],
    byMission: [
      { key: 'parcours', label: 'parcours', byCalendarYear: [row('2025', ['50000', '45000'])], total: row('total', ['50000', '45000']), weight: new Dec(5000) },
    ],
  },
};

describe('ComparisonView', () => {
  beforeEach(() => {
    render(
      <I18nProvider lang="fr">
        <ComparisonView comparison={comparison} />
      </I18nProvider>,
    );
  });

  it('shows each amount and the difference from the reference in € and %, on calendar years only', () => {
    expect(screen.getByTestId('compare-calendar-2025-0-amount').textContent).toBe(`150${NNBSP}000,00${NBSP}€`);
    expect(screen.getByTestId('compare-calendar-2025-1-amount').textContent).toBe(`145${NNBSP}000,00${NBSP}€`);
    expect(screen.queryByTestId('compare-contract')).toBeNull();
    // 245 000 − 250 000 = −5 000; −5 000 ÷ 250 000 = −2 %.
    expect(screen.getByTestId('compare-calendar-total-1-diff').textContent).toBe(`-5${NNBSP}000,00${NBSP}€`);
    expect(screen.getByTestId('compare-calendar-total-1-ratio').textContent).toBe(`-2${NBSP}%`);
    // 145 000 − 150 000 = −5 000; ÷ 150 000 = −3,33 %.
    expect(screen.getByTestId('compare-calendar-2025-1-ratio').textContent).toBe(`-3,33${NBSP}%`);
  });

  it('says « n. d. » for a percentage over a zero reference, and no difference for the reference itself', () => {
    expect(screen.getByTestId('compare-calendar-2026-1-diff').textContent).toBe(`+5${NNBSP}000,00${NBSP}€`);
    expect(screen.getByTestId('compare-calendar-2026-1-ratio').textContent).toBe('n. d.');
    expect(screen.queryByTestId('compare-calendar-2025-0-diff')).toBeNull();
  });

  it('says who moved: the CPTS and missions behind the gap, largest first', () => {
    expect(screen.getAllByTestId('compare-cpts-row').map((r) => r.querySelector('summary')!.textContent)).toEqual(['CPTS B', 'CPTS A']);
    // 68 000 − 80 000 = −12 000; 77 000 − 70 000 = +7 000.
    expect(screen.getByTestId('compare-cpts-b-1-diff').textContent).toBe(`-12${NNBSP}000,00${NBSP}€`);
    expect(screen.getByTestId('compare-cpts-a-1-diff').textContent).toBe(`+7${NNBSP}000,00${NBSP}€`);
    expect(screen.getAllByTestId('compare-mission-row')[0]!.querySelector('summary')!.textContent).toBe('Parcours pluriprofessionnels');
    expect(screen.getByTestId('compare-mission-parcours-1-diff').textContent).toBe(`-5${NNBSP}000,00${NBSP}€`);
  });

  it('draws one bar per scenario and calendar year, described for screen readers', () => {
    expect(screen.getAllByTestId('comparison-bar')).toHaveLength(4);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      `Versements par année civile. Haute : 250${NNBSP}000,00${NBSP}€ au total ; Basse : 245${NNBSP}000,00${NBSP}€ au total`,
    );
  });
});
