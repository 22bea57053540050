import { STORE_TABLE } from '../../../src/workbook/store/scenario-store';
import { PAYLOAD_LIMIT } from './fake-excel';
import { inputRows } from './fixtures';
import { fakeWithInputs, officeOn } from './office-setup';

describe('un magasin de trois scénarios de 1 000 CPTS (plus de 5 Mo)', () => {
  it('s’écrit et se relit par tranches sous la limite de 5 Mo d’Excel sur le web, en syncs comptées', async () => {
    const excel = fakeWithInputs(inputRows(1000));
    const wb = officeOn(excel);
    for (const name of ['Basse', 'Médiane', 'Haute']) expect((await wb.saveScenario(name, null)).ok).toBe(true);
    expect(excel.table(STORE_TABLE)).toBeDefined();
    const before = excel.syncs;
    const listed = await wb.listScenarios();
    if (!listed.ok) throw new Error(JSON.stringify(listed.issues.slice(0, 2)));
    expect(listed.scenarios.map((s) => s.scenario.name)).toEqual(['Basse', 'Médiane', 'Haute']);
    expect(listed.scenarios[2]!.scenario.cpts).toHaveLength(1000);
    const reads = excel.syncs - before;
    const responses = excel.responseBytes.slice(-reads);
    // More than 5 MB in all, never more than 5 MB in one response: inspect, addresses, then one sync per slice group.
    expect(responses.reduce((s, b) => s + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(Math.max(...responses)).toBeLessThan(PAYLOAD_LIMIT);
    expect(reads).toBeGreaterThan(3);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(PAYLOAD_LIMIT);
  }, 120_000);
});
