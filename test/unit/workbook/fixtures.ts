import { isoToSerial, type CellValue } from '../../../src/workbook/grid/cells';
import { ACHIEVEMENT_COLUMNS, CPTS_COLUMNS, MISSION_LABELS } from '../../../src/workbook/contract/layout';

/**
 * Input tables for n CPTS, as values a user's workbook holds (numbers, serial dates, plain text): every CPTS
 * signed on 2024-03-15 with the design document's five missions and crisis year 3.
 */
export interface InputFixture {
  readonly cpts: CellValue[][];
  readonly achievements: CellValue[][];
}

export const CPTS_HEADER = Object.values(CPTS_COLUMNS).map((c) => c.header);
export const ACHIEVEMENT_HEADER = Object.values(ACHIEVEMENT_COLUMNS).map((c) => c.header);

export function inputRows(n: number, name: (i: number) => string = (i) => `CPTS n° ${i + 1}`): InputFixture {
  const cpts: CellValue[][] = [];
  const achievements: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const id = `cpts-${i + 1}`;
    cpts.push([id, name(i), 52000, isoToSerial('2024-03-15'), 'auto', '3', MISSION_LABELS['accompagnement-professionnels']]);
    achievements.push(
      [id, MISSION_LABELS['acces-soins'], isoToSerial('2024-03-15'), 1, 1, 0.8, 0.8, 0.8],
      [id, MISSION_LABELS.parcours, isoToSerial('2024-09-15'), 1, 1, 1, 1, 1],
      [id, MISSION_LABELS.prevention, isoToSerial('2024-09-15'), 0.5, 1, 1, 1, 1],
      [id, MISSION_LABELS['crises-sanitaires'], isoToSerial('2024-03-15'), null, null, null, null, null],
      [id, MISSION_LABELS['accompagnement-professionnels'], isoToSerial('2025-03-15'), 1, 1, 1, 1, 1],
    );
  }
  return { cpts, achievements };
}
