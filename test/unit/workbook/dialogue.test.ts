import { project } from '../../../src/engine';
import { isoToSerial } from '../../../src/workbook/grid/cells';
import { dialoguePlan } from '../../../src/workbook/sheets/dialogue';
import { DIALOGUE_SHEET, DIALOGUE_TABLES, GENERATED_MARKER } from '../../../src/workbook/contract/layout';
import { MemoryWorkbook } from '../../../src/workbook/memory';
import type { SheetPlan, TablePlan } from '../../../src/workbook/grid/plan';
import { dialogueScenario } from '../fixtures/dialogue';
import { fakeWithInputs, officeOn } from './office-setup';
import { inputRows } from './fixtures';

function plan(): SheetPlan {
  const s = dialogueScenario();
  const out = dialoguePlan(s, project(s), 'c', { date: '2025-02-01', time: '09:30' });
  if (!out.ok) throw new Error('plan refusé');
  return out.plan;
}

const table = (p: SheetPlan, name: string): TablePlan => p.tables.find((t) => t.name === name)!;

describe('feuille « Dialogue de gestion »', () => {
  test('tampon, contrat et indicateurs', () => {
    const p = plan();
    expect(p.name).toBe(DIALOGUE_SHEET);
    expect(String(p.cells[0]!.values[0]![0])).toMatch(new RegExp(`^${GENERATED_MARKER}`));
    // User text is written as text (a leading apostrophe Excel does not keep).
    expect(p.cells[2]!.values[0]![0]).toBe(
      `'Scénario « Dialogue S1 » — édité le 01/02/2025 à 09:30 — règles à jour au ` +
        String(p.cells[2]!.values[0]![0]).split('règles à jour au ')[1]!.split(' — ')[0] +
        ' — version(s) des règles : avenant-2',
    );
    const contract = table(p, DIALOGUE_TABLES.contract).rows;
    expect(contract).toContainEqual(['Taille', 'taille 3']);
    expect(contract).toContainEqual(['Mission : Accès aux soins', 'démarrage le 01/01/2024']);
    const indicators = table(p, DIALOGUE_TABLES.indicators).rows;
    expect(indicators[1]).toEqual(['Accès aux soins', "'Délai de rendez-vous", 1, 100, 50, 40, 30, 20, 10, 40, null, null, null, null]);
  });

  test('montants acquis face au maximum : la part variable de l’année 1 à 2/3 par les indicateurs', () => {
    const rows = table(plan(), DIALOGUE_TABLES.amounts).rows;
    const variable1 = rows.find((r) => r[0] === 1 && r[2] === 'Part variable')!;
    // 35 000 × 2/3 = 23 333,33 (indicators); year 2 at the typed 100 %: 35 000.
    expect(variable1[3]).toBe(35000);
    expect(variable1[4]).toBe(1);
    expect(variable1[6]).toBe('indicateurs');
    expect(variable1[7]).toBe(23333.33);
    const variable2 = rows.find((r) => r[0] === 2 && r[2] === 'Part variable')!;
    expect([variable2[6], variable2[7]]).toEqual(['saisi', 35000]);
  });

  test('versements réalisés et à venir, solde, au 01/02/2025', () => {
    const p = plan();
    const rows = table(p, DIALOGUE_TABLES.payments).rows;
    // 2024-01-01: fonctionnement 100 000 (paid) and the fixed part's advance 90 000 × 75 % = 67 500 (paid).
    expect(rows[0]).toEqual([isoToSerial('2024-01-01'), 1, 1, 'Fonctionnement (année 1)', 100000, 100000, 0, 'versé']);
    expect(rows[1]).toEqual([isoToSerial('2024-01-01'), 1, 1, 'Avance', 67500, 67500, 0, 'versé']);
    // 2025-01-01, year 1's balance: fixed 22 500 + variable 23 333,33 = 45 833,33, unpaid on 01/02/2025: late.
    expect(rows[2]).toEqual([isoToSerial('2025-01-01'), 1, 1, 'Solde', 45833.33, 0, 45833.33, 'en retard']);
    // Year 2's advance the same day: fonctionnement 75 000 + fixed 67 500 = 142 500, late too.
    expect(rows[3]).toEqual([isoToSerial('2025-01-01'), 1, 2, 'Avance', 142500, 0, 142500, 'en retard']);
    expect(rows[4]![7]).toBe('à venir');
    const balance = table(p, DIALOGUE_TABLES.balance).rows;
    // Total: year 1 100 000 + 90 000 + 23 333,33 = 213 333,33; years 2–5: 225 000 each → 1 113 333,33.
    // Paid 167 500 → remaining 945 833,33; late 45 833,33 + 142 500 = 188 333,33.
    expect(balance).toEqual([
      ['Total ACI du contrat', 1113333.33],
      ['Versé au titre de l’ACI', 167500],
      ['Reste à verser', 945833.33],
      ['dont en retard au 01/02/2025', 188333.33],
      ['Hors ACI prévu (à part)', 0],
      ['Versé hors ACI (à part)', 0],
    ]);
  });

  test('hypothèses et mise en page A4 paysage, une page de large, titres répétés, en-tête et pied', () => {
    const p = plan();
    const assumptions = table(p, DIALOGUE_TABLES.assumptions).rows;
    expect(assumptions[0]).toEqual(['Montants provisoires', 'aucun', '']);
    expect(assumptions[1]![1]).toMatch(/convention du classeur \(linéaire\) ; le contrat de la CPTS fixe la méthode réelle/);
    expect(p.print).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      pagesWide: 1,
      titleRows: '$1:$3',
      // « & » in a user's text is doubled: Excel reads a single one as a code.
      header: { left: 'CPTS && Co', center: 'Dialogue de gestion', right: 'Scénario « Dialogue S1 »' },
      footer: { left: 'Édité le 01/02/2025 à 09:30', center: 'Page &P sur &N', right: 'Simulateur ACI CPTS' },
    });
  });

  test('une CPTS inconnue est refusée', () => {
    const s = dialogueScenario();
    const out = dialoguePlan(s, project(s), 'zz', { date: '2025-02-01', time: '09:30' });
    expect(out.ok).toBe(false);
  });
});

describe('« Dialogue de gestion » dans les deux classeurs', () => {
  test('classeur en mémoire : écrite, réécrite en place, refusée sur une feuille étrangère', async () => {
    const wb = new MemoryWorkbook({ clock: () => '2025-02-01T09:30:00Z' });
    await wb.insertTemplate('ask');
    const first = await wb.writeDialogue('cpts-exemple');
    expect(first).toEqual({ ok: true, sheet: DIALOGUE_SHEET, cptsId: 'cpts-exemple', pageLayout: true });
    const sheet = wb.sheet(DIALOGUE_SHEET)!;
    expect(sheet.print?.orientation).toBe('Landscape');
    expect(String(sheet.rows[1]![0])).toBe('Dialogue de gestion — CPTS Exemple');
    // The template enters no payment made: past dates are « versement non saisi », never « en retard ».
    const cells = sheet.rows.flat().map((v) => String(v));
    expect(cells.some((v) => v.includes('Aucun versement réalisé saisi pour cette CPTS'))).toBe(true);
    expect(cells).toContain('versement non saisi');
    expect(cells).not.toContain('en retard');
    await wb.writeDialogue('cpts-du-val');
    expect(wb.sheetNames().filter((n) => n === DIALOGUE_SHEET)).toHaveLength(1);
    expect(String(wb.sheet(DIALOGUE_SHEET)!.rows[1]![0])).toMatch(/CPTS du Val/);
    // Its sections move with the CPTS's row counts: the sheet is replaced whole, no title of the first one is left.
    const titles = wb
      .sheet(DIALOGUE_SHEET)!
      .rows.map((r) => String(r[0] ?? ''))
      .filter((t) => /^(Contrat|Indicateurs :|Montants acquis|Versements réalisés|Solde du contrat|Ce qui est provisoire)/.test(t));
    expect(titles).toHaveLength(6);
    const unknown = await wb.writeDialogue('nope');
    expect(unknown.ok).toBe(false);
  });

  test('Excel : les synchronisations d’un calcul (inspection, adresses, valeurs, écriture) ; mise en page seulement avec ExcelApi 1.9, sinon dit', async () => {
    const excel = fakeWithInputs(inputRows(2));
    const withLayout = await officeOn(excel, '1.9').writeDialogue('cpts-2');
    expect(withLayout).toEqual({ ok: true, sheet: DIALOGUE_SHEET, cptsId: 'cpts-2', pageLayout: true });
    expect(excel.syncs).toBe(4);
    expect(excel.sheet(DIALOGUE_SHEET)!.print).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$3',
      centerHeader: 'Dialogue de gestion',
      centerFooter: 'Page &P sur &N',
    });
    const old = fakeWithInputs(inputRows(2));
    const without = await officeOn(old, '1.8').writeDialogue('cpts-1');
    expect(without).toEqual({ ok: true, sheet: DIALOGUE_SHEET, cptsId: 'cpts-1', pageLayout: false });
    expect(old.sheet(DIALOGUE_SHEET)!.print).toBeNull();
    expect(old.calls.some((c) => c.op === 'pageLayout')).toBe(false);
    // A user's own sheet of that name is never replaced.
    const mine = fakeWithInputs(inputRows(1));
    mine.addSheet(DIALOGUE_SHEET).getRange('A1').values = [['mes notes']];
    const refused = await officeOn(mine, '1.9').writeDialogue('cpts-1');
    expect(refused.ok).toBe(false);
    expect(mine.sheet(DIALOGUE_SHEET)!.value('A1')).toBe('mes notes');
  });
});
