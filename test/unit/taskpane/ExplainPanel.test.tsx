/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { findRuleVersion, project, validateScenario, type ProjectionLine } from '../../../src/engine';
import { ExplainPanel } from '../../../src/taskpane/components/ExplainPanel';
import { I18nProvider } from '../../../src/taskpane/i18n-context';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** Taille 2 (52 000 inhabitants) under avenant 2; prévention started 2024-09-15: 181 days of 365 in year 1. */
function line(mission: string, component: string): ProjectionLine {
  const result = validateScenario({
    format: 'aci-cpts-scenario/1',
    name: 'T',
    ruleVersion: 'avenant-2',
    cpts: [
      {
        id: 'a',
        name: 'A',
        population: 52000,
        signatureDate: '2024-03-15',
        missions: [{ mission: 'prevention', startDate: '2024-09-15', rates: [0.5, 1, 1, 1, 1] }],
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const found = project(result.value).cpts[0]!.years[0]!.lines.find((l) => l.mission === mission && l.component === component);
  if (!found) throw new Error('line');
  return found;
}

function show(l: ProjectionLine, lang: 'fr' | 'en' = 'fr', onClose: () => void = () => undefined) {
  render(
    <I18nProvider lang={lang}>
      <ExplainPanel target={{ line: l, context: 'A, année 1' }} onClose={onClose} />
    </I18nProvider>,
  );
}

describe('ExplainPanel', () => {
  it('shows the rule, its article and the arithmetic of a prorated variable part', () => {
    show(line('prevention', 'variable'));
    const panel = screen.getByTestId('explain-panel');
    expect(panel.textContent).toContain('ACI CPTS, avenant 2 (avenant-2)');
    expect(panel.textContent).toContain(findRuleVersion('avenant-2')!.missions.prevention.variable[2].ref);
    expect(panel.textContent).toContain('à vérifier');
    expect(panel.textContent).toContain('Prorata : 181 jours sur 365');
    // 15 000 × 181/365 × 50 % = 3 719,178082… → 3 719,18 €
    expect(screen.getByTestId('explain-arithmetic').textContent).toBe(
      `15${NNBSP}000,00${NBSP}€ × 181/365 × 50${NBSP}% = 3${NNBSP}719,178082…\n→ 3${NNBSP}719,18${NBSP}€ (arrondi au centime)`,
    );
    expect(screen.getByTestId('explain-amount').textContent).toBe(`3${NNBSP}719,18${NBSP}€ provisoire`);
  });

  it('shows a fixed amount without rate or rounding', () => {
    show(line('fonctionnement', 'fonctionnement'));
    // taille 2 under avenant 2: 105 000 (derived: 60 000 × 1.75)
    expect(screen.getByTestId('explain-arithmetic').textContent).toBe(`105${NNBSP}000,00${NBSP}€ = 105${NNBSP}000,00${NBSP}€`);
    expect(screen.queryByText('Taux d’atteinte')).toBeNull();
    expect(screen.getByText('Année complète')).toBeTruthy();
  });

  it('words it in English', () => {
    show(line('prevention', 'variable'), 'en');
    expect(screen.getByTestId('explain-arithmetic').textContent).toBe('€15,000.00 × 181/365 × 50% = 3,719.178082…\n→ €3,719.18 (rounded to the cent)');
    expect(screen.getByText('Prorata: 181 days out of 365')).toBeTruthy();
  });

  it('closes', () => {
    let closed = 0;
    show(line('prevention', 'variable'), 'fr', () => {
      closed++;
    });
    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(closed).toBe(1);
  });
});
