import { WARM_UP_DELAY_MS, warmUpWhenIdle } from '../../../src/taskpane/warm-up';
import { MemoryWorkbook } from '../../../src/workbook/memory';

describe('préchauffage du calcul à l’ouverture du volet', () => {
  afterEach(() => jest.restoreAllMocks());

  test('attend une seconde puis que la page soit inactive, et calcule l’exemple du modèle dans un classeur jetable', async () => {
    const calculate = jest.spyOn(MemoryWorkbook.prototype, 'calculate');
    let later: (() => void) | null = null;
    let idle: (() => void) | null = null;
    const setTimeout = jest.fn((cb: () => void) => void (later = cb));
    warmUpWhenIdle({ requestIdleCallback: (cb) => ((idle = cb), 1), setTimeout });
    // Nothing runs while the page is busy opening: first a delay, then idle time.
    expect(setTimeout).toHaveBeenCalledWith(expect.any(Function), WARM_UP_DELAY_MS);
    expect(idle).toBeNull();
    later!();
    expect(calculate).not.toHaveBeenCalled();
    idle!();
    await new Promise((resolve) => globalThis.setTimeout(resolve, 0));
    expect(calculate).toHaveBeenCalledTimes(1);
    const outcome = (await calculate.mock.results[0]!.value) as { ok: boolean };
    expect(outcome.ok).toBe(true);
  });

  test('sans requestIdleCallback (Safari), le délai seul en tient lieu', async () => {
    const calculate = jest.spyOn(MemoryWorkbook.prototype, 'calculate');
    let later: (() => void) | null = null;
    warmUpWhenIdle({ setTimeout: (cb: () => void) => void (later = cb) });
    later!();
    await new Promise((resolve) => globalThis.setTimeout(resolve, 0));
    expect(calculate).toHaveBeenCalledTimes(1);
  });
});
