import fc from 'fast-check';
import { jsonLength, rowsJsonLength } from '../../../src/workbook/actions/json-length';
import type { CellValue } from '../../../src/workbook/grid/cells';

/** Write steps are cut by this size: it must be JSON.stringify's length exactly, for any cell Excel may hold. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('a"b', 'c\\d', 'tab\there', '\u0001', '\ud800', 'é€', ''),
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, 1e21, 1e-7, Number.MAX_VALUE, Number.NaN, Infinity),
  fc.boolean(),
  fc.constant(null),
);

describe('taille JSON d’une ligne écrite', () => {
  test('égale à JSON.stringify, cellule par cellule et pour un lot de lignes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 6 }), (rows) => {
        for (const row of rows) expect(jsonLength(row)).toBe(JSON.stringify(row).length);
        expect(rowsJsonLength(rows)).toBe(JSON.stringify(rows).length);
      }),
      { numRuns: 2_000 },
    );
  });
});
