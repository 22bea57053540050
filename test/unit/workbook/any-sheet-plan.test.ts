import { writeSheets } from '../../../src/workbook/actions/write-sheets';
import { GENERATED_MARKER } from '../../../src/workbook/contract/layout';
import { OfficeSession } from '../../../src/workbook/office/office-session';
import type { SheetPlan } from '../../../src/workbook/grid/plan';
import { FakeExcel } from './fake-excel';

/** A sheet another issue adds (« Budget annuel »): the write path knows nothing of it but its plan. */
function budgetPlan(years: number): SheetPlan {
  return {
    name: 'Budget annuel',
    generated: true,
    cells: [{ row: 0, col: 0, values: [[`${GENERATED_MARKER} : budget`]], kind: 'banner' }],
    tables: [
      {
        name: 'TableBudgetAnnuel',
        row: 3,
        col: 0,
        columns: [
          { header: 'Année civile', format: null, width: 12 },
          { header: 'Montant', format: '#,##0.00 "€"', width: 16 },
        ],
        rows: Array.from({ length: years }, (_, k) => [2024 + k, 1000 * (k + 1)]),
        kind: 'output',
      },
    ],
    charts: [],
    freezeRows: 4,
  };
}

async function run(excel: FakeExcel, plan: SheetPlan): Promise<void> {
  await excel.run(async (ctx) => {
    const session = new OfficeSession(ctx, async () => void (await ctx.sync()), {
      supports: () => true,
      maxRequestBytes: 4 * 1024 * 1024,
      readCellsPerSync: 200_000,
    });
    const inspection = await session.inspect(true);
    // The action did not list this sheet among the ones it reads: the write path reads it itself.
    const written = await writeSheets(session, inspection, new Map(), [plan], { activate: null });
    if (!written.ok) throw new Error(JSON.stringify(written));
  });
}

describe('n’importe quelle feuille planifiée, y compris une qui apparaît à un calcul suivant', () => {
  it('est créée une fois, puis mise à jour en place (une lecture de plus quand l’action ne l’a pas lue)', async () => {
    const excel = new FakeExcel();
    await run(excel, budgetPlan(5));
    const table = excel.table('TableBudgetAnnuel')!;
    expect(excel.syncs).toBe(2);
    const before = excel.syncs;
    await run(excel, budgetPlan(7));
    // Inspect, the sheet's state (A1, its tables' addresses, its charts), the write.
    expect(excel.syncs - before).toBe(3);
    expect(excel.table('TableBudgetAnnuel')).toBe(table);
    expect(table.address).toBe('A4:B11');
    expect(excel.sheet('Budget annuel')!.value('B11')).toBe(7000);
    expect(excel.calls.filter((c) => c.op === 'worksheet.delete' || c.op === 'table.delete')).toEqual([]);
  });
});
