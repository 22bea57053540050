import { isoToSerial } from '../../../src/workbook/grid/cells';
import { readWorkbook, type InputTables } from '../../../src/workbook/inputs/read-inputs';
import { SHEETS } from '../../../src/workbook/contract/layout';
import type { CellRef } from '../../../src/workbook/port';
import { ACHIEVEMENT_HEADER, CPTS_HEADER, inputRows, type InputFixture } from './fixtures';

/**
 * The cell each scenario path names. The reader works most of them out when asked (a department has tens of
 * thousands): these pin them, through a CPTS moved up by a duplicate set aside, and through the engine's issues.
 */

function tables(fixture: InputFixture): InputTables {
  return {
    cpts: { sheet: SHEETS.cpts, address: `A3:G${3 + fixture.cpts.length}`, values: [CPTS_HEADER, ...fixture.cpts] },
    achievements: { sheet: SHEETS.achievements, address: `A3:H${3 + fixture.achievements.length}`, values: [ACHIEVEMENT_HEADER, ...fixture.achievements] },
    bareme: null,
  };
}

const cpts = (address: string): CellRef => ({ sheet: SHEETS.cpts, address });
const achievements = (address: string): CellRef => ({ sheet: SHEETS.achievements, address });

describe('readWorkbook: the cell of each path', () => {
  it('follows a CPTS moved up when rows with a duplicate identifier are set aside', () => {
    // CPTS rows 4 to 7: cpts-1, cpts-2, cpts-2 again, cpts-3; cpts-3 becomes cpts[1], its missions on rows 14 to 18.
    const f = inputRows(3);
    f.cpts.splice(2, 0, [...f.cpts[1]!]);
    const { cellOf } = readWorkbook(tables(f));
    const expected: [string, CellRef | null][] = [
      ['cpts[0]', cpts('A4')],
      ['cpts[0].population', cpts('C4')],
      ['cpts[1]', cpts('A7')],
      ['cpts[1].name', cpts('B7')],
      ['cpts[1].signatureDate', cpts('D7')],
      ['cpts[1].ruleVersion', cpts('E7')],
      ['cpts[1].missions', cpts('G7')],
      ['cpts[1].unknownField', cpts('A7')],
      ['cpts[1].missions[1]', achievements('B15')],
      ['cpts[1].missions[1].mission', achievements('B15')],
      ['cpts[1].missions[1].startDate', achievements('C15')],
      ['cpts[1].missions[1].rates', achievements('D15')],
      ['cpts[1].missions[1].rates[2]', achievements('F15')],
      ['cpts[1].missions[1].rates[4]', achievements('H15')],
      ['cpts[1].missions[1].rates[7]', achievements('D15')],
      ['cpts[1].missions[1].crisisYears', cpts('F7')],
      ['cpts[1].missions[3].crisisYears[0]', cpts('F7')],
      ['cpts[1].missions[1].indicators[0].weight', achievements('B15')],
      ['cpts[1].missions[9]', cpts('G7')],
      ['cpts[2]', null],
      ['cpts[2].population', null],
      ['cpts', null],
      ['', null],
    ];
    expect(expected.map(([path]) => [path, cellOf(path)])).toEqual(expected);
  });

  it('places the engine’s issues on the cells of their paths', () => {
    const f = inputRows(2);
    f.cpts[0]![4] = 'avenant-9'; // E4: an unknown rule version
    f.cpts[1]![2] = -5; // C5: a population below zero
    f.achievements[6]![2] = isoToSerial('2019-01-01'); // C10: cpts-2's second mission starts before its contract
    const { outcome } = readWorkbook(tables(f));
    if (outcome.ok) throw new Error('expected issues');
    expect(outcome.issues.map((i) => [i.path, i.cell])).toEqual([
      ['cpts[0].ruleVersion', cpts('E4')],
      ['cpts[1].population', cpts('C5')],
      ['cpts[1].missions[1].startDate', achievements('C10')],
    ]);
    expect(outcome.issues[2]!.message).toMatch(/^'Atteinte des missions'!C10 : la mission ne peut pas démarrer \(2019-01-01\)/);
  });
});
