/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { project, type Projection, type ProjectionLine } from '../../../src/engine';
import { DialogueSection } from '../../../src/taskpane/components/DialogueSection';
import { CashChart } from '../../../src/taskpane/components/CashChart';
import { ExplainPanel } from '../../../src/taskpane/components/ExplainPanel';
import { I18nProvider } from '../../../src/taskpane/i18n-context';
import { cashByMonth } from '../../../src/engine';
import { dialogueScenario } from '../fixtures/dialogue';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** The dialogue's scenario (fixtures/dialogue.ts): year 1 from the indicators (2/3), 167 500 paid in January 2024. */
function projection(): Projection {
  return project(dialogueScenario());
}

const variable1 = (p: Projection): ProjectionLine => p.cpts[0]!.years[0]!.lines.find((l) => l.component === 'variable')!;

describe('volet : indicateurs, versements, trésorerie, dialogue de gestion', () => {
  test('« Pourquoi ce montant ? » montre le calcul de chaque indicateur et la moyenne pondérée exacte', () => {
    render(
      <I18nProvider lang="fr">
        <ExplainPanel target={{ line: variable1(projection()), context: 'CPTS & Co, année 1' }} onClose={() => undefined} />
      </I18nProvider>,
    );
    const items = screen.getByTestId('explain-indicators').querySelectorAll('li');
    expect(items[0]!.textContent).toBe(`Patients avec médecin traitant : (15 − 10) ÷ (20 − 10) = 0,5 → 50${NBSP}%`);
    // (40 − 100) ÷ (50 − 100) = 6/5 = 1,2, clamped to 100 %.
    expect(items[1]!.textContent).toBe(`Délai de rendez-vous : (40 − 100) ÷ (50 − 100) = 1,2 → 100${NBSP}%`);
    expect(items[2]!.textContent).toBe(`Moyenne pondérée : (2 × 0,5 + 1 × 1) ÷ 3 = 2/3 (66,67${NBSP}%)`);
    expect(items[3]!.textContent).toMatch(/^Convention du classeur, pas celle du contrat/);
    // 35 000 × 2/3 = 23 333,333… → 23 333,33 €.
    expect(screen.getByTestId('explain-arithmetic').textContent).toBe(
      `35${NNBSP}000,00${NBSP}€ × 2/3 = 23${NNBSP}333,333333…\n→ 23${NNBSP}333,33${NBSP}€ (arrondi au centime)`,
    );
  });

  test('versements réalisés, reste à verser, retards au 01/02/2025 ; le bouton passe la CPTS', () => {
    const p = projection();
    const chosen: string[] = [];
    render(
      <I18nProvider lang="fr">
        <DialogueSection cpts={p.cpts[0]!} today="2025-02-01" onDialogue={(c) => chosen.push(c.id)} />
      </I18nProvider>,
    );
    // Total 1 113 333,33 (year 1 213 333,33 + 4 × 225 000) − 167 500 paid = 945 833,33; late on 2025-02-01:
    // year 1's balance 45 833,33 and year 2's advance 142 500 = 188 333,33.
    expect(screen.getByTestId('reconciliation-remaining').textContent).toBe(
      `Reste à verser sur le contrat : 945${NNBSP}833,33${NBSP}€ · 2 échéances en retard : 188${NNBSP}333,33${NBSP}€ manquent.`,
    );
    const firstRow = screen.getByTestId('reconciliation').querySelectorAll('tbody tr')[0]!;
    // Year 1: planned 100 000 + 67 500 + 45 833,33 = 213 333,33; paid 167 500; −45 833,33.
    expect([...firstRow.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'Année 1',
      `213${NNBSP}333,33${NBSP}€`,
      `167${NNBSP}500,00${NBSP}€`,
      `-45${NNBSP}833,33${NBSP}€`,
    ]);
    fireEvent.click(screen.getByTestId('dialogue'));
    expect(chosen).toEqual(['c']);
  });

  test('graphique de trésorerie : une barre par mois avec versement, décrite en texte', () => {
    const months = cashByMonth(projection()).set;
    render(
      <I18nProvider lang="fr">
        <CashChart months={months} />
      </I18nProvider>,
    );
    const svg = screen.getByTestId('cash-chart');
    // 2024-01 to 2029-01: 61 months. January 2025: balance of year 1 (22 500 + 23 333,33) + advance of year 2
    // (75 000 + 67 500) = 188 333,33; January 2026, the first largest: balance of year 2 (25 000 + 22 500 + 35 000)
    // + advance of year 3 (142 500) = 225 000.
    expect(svg.querySelectorAll('g').length).toBe(61);
    expect(svg.getAttribute('aria-label')).toBe(`Versements par mois (ensemble) : 2024-01 – 2029-01 ; maximum 2026-01, 225${NNBSP}000,00${NBSP}€`);
  });
});
