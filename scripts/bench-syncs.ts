import { FakeExcel } from '../test/unit/workbook/fake-excel';
import { inputRows } from '../test/unit/workbook/fixtures';
import { fakeWithInputs, officeOn } from '../test/unit/workbook/office-setup';

/**
 * Round trips of « Calculer » on the recording fake Excel, for 1, 100 and 1 000 CPTS: `value` is the number of
 * `context.sync()` calls, `chunks` the write batches (one sync each), `max_request_bytes` the largest request
 * the fake measured (Excel on the web refuses more than 5 MB). Async: `npm run bench` awaits it.
 */
export async function benchSyncLines(): Promise<string[]> {
  const lines: string[] = [];
  for (const n of [1, 100, 1000]) {
    const excel: FakeExcel = fakeWithInputs(inputRows(n));
    const workbook = officeOn(excel);
    const run = await workbook.calculate();
    if (!run.ok) throw new Error(run.issues.map((i) => i.message).join('\n'));
    const chunks = workbook.lastRunStats().write?.batches ?? 0;
    const max = Math.max(...excel.requestBytes);
    lines.push(`syncs cpts=${n} value=${excel.syncs} chunks=${chunks}${n === 1000 ? ` max_request_bytes=${max}` : ''}`);
  }
  return lines;
}

if (require.main === module) {
  benchSyncLines().then(
    (lines) => lines.forEach((l) => console.log(l)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
