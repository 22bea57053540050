import { project, projectInSlices, type Slices } from '../../../src/engine';
import { finish } from '../../../src/engine/work';
import { planWritesWork } from '../../../src/workbook/actions/sheet-writer';
import { readScenario, readWorkbookWork, type InputTables } from '../../../src/workbook/inputs/read-inputs';
import { SHEETS } from '../../../src/workbook/contract/layout';
import { outputPlans, outputPlansInSlices } from '../../../src/workbook/sheets/outputs';
import { WORKBOOK_ORIGIN } from '../../../src/workbook/sheets/stamp';
import { ACHIEVEMENT_HEADER, CPTS_HEADER, inputRows } from './fixtures';

/**
 * The preview runs « Calculer » in time slices (no long task in the page): the projection, the sheets' plans and
 * the write planning yield at their seams. Cut in slices or not, they give the same result.
 */
function tablesOf(n: number): InputTables {
  const f = inputRows(n, (i) => `CPTS ${i + 1}`);
  return {
    cpts: { sheet: SHEETS.cpts, address: 'A3', values: [CPTS_HEADER, ...f.cpts] },
    achievements: { sheet: SHEETS.achievements, address: 'A3', values: [ACHIEVEMENT_HEADER, ...f.achievements] },
    bareme: null,
  };
}

function department(n: number) {
  const read = readScenario(tablesOf(n));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.scenario;
}

/** A slice ends at every seam: counts the pauses. */
function everySeam(): Slices & { readonly pauses: () => number } {
  let pauses = 0;
  return { due: () => true, pause: async () => void pauses++, pauses: () => pauses };
}

const run = { origin: WORKBOOK_ORIGIN, at: new Date('2025-01-01T10:00:00Z') };

describe('« Calculer » en tranches de temps', () => {
  const scenario = department(120);
  const projection = project(scenario);

  test('lecture des saisies : la même, avec une pause entre les tableaux et après chaque CPTS validée', () => {
    const work = readWorkbookWork(tablesOf(120));
    let seams = 0;
    let step = work.next();
    while (!step.done) {
      seams++;
      step = work.next();
    }
    expect(step.value.outcome).toEqual(readScenario(tablesOf(120)));
    // After the CPTS table, after the achievements, after the lists, before the validation, then after each CPTS.
    expect(seams).toBeGreaterThanOrEqual(4 + 120);
  });

  test('projection : la même, avec une pause possible après chaque CPTS', async () => {
    const slices = everySeam();
    const sliced = await projectInSlices(scenario, slices);
    expect(sliced.total.equals(projection.total)).toBe(true);
    expect(sliced.cpts.map((c) => c.total.toFixed(2))).toEqual(projection.cpts.map((c) => c.total.toFixed(2)));
    expect(slices.pauses()).toBeGreaterThanOrEqual(120);
  });

  test('feuilles de sortie : les mêmes plans, avec des pauses dans chaque feuille par CPTS', async () => {
    const slices = everySeam();
    expect(await outputPlansInSlices(scenario, projection, run, slices)).toEqual(outputPlans(scenario, projection, run));
    // At least one seam per CPTS in the « Projection », « Synthèse », « Graphiques », « Budget » and « Trésorerie » sheets.
    expect(slices.pauses()).toBeGreaterThanOrEqual(5 * 120);
  });

  test('planification de l’écriture : les mêmes étapes, coupées toutes les quelques milliers de lignes', () => {
    const plans = outputPlans(scenario, projection, run);
    const rows = plans.find((p) => p.name === SHEETS.projection)!.tables[0]!.rows.length;
    expect(rows).toBeGreaterThan(4000);
    const inspection = { sheets: [], tables: [], blocked: null, dateSystem: '1900' as const };
    const options = { activate: null, dataValidation: true, pageLayout: true, maxRequestBytes: 5_000_000 };
    const work = planWritesWork(plans, inspection, new Map(), options);
    let seams = 0;
    let step = work.next();
    while (!step.done) {
      seams++;
      step = work.next();
    }
    expect(step.value).toEqual(finish(planWritesWork(plans, inspection, new Map(), options)));
    // The « Projection » table's rows are checked, copied and measured: at least one seam per 2 000 rows, three times over.
    expect(seams).toBeGreaterThanOrEqual(3 * Math.floor(rows / 2000));
  });
});
