import { warmUpWhenIdle } from '../../../src/taskpane/warm-up';
import { MemoryWorkbook } from '../../../src/workbook/memory';

describe('préchauffage du calcul à l’ouverture du volet', () => {
  afterEach(() => jest.restoreAllMocks());

  test('attend que la page soit inactive, puis calcule l’exemple du modèle dans un classeur jetable', async () => {
    const calculate = jest.spyOn(MemoryWorkbook.prototype, 'calculate');
    let idle: (() => void) | null = null;
    const setTimeout = jest.fn();
    warmUpWhenIdle({ requestIdleCallback: (cb) => ((idle = cb), 1), setTimeout });
    // Nothing runs while the page is busy opening.
    expect(calculate).not.toHaveBeenCalled();
    expect(setTimeout).not.toHaveBeenCalled();
    idle!();
    await new Promise((resolve) => globalThis.setTimeout(resolve, 0));
    await calculate.mock.results[0]?.value;
    expect(calculate).toHaveBeenCalledTimes(1);
    const outcome = (await calculate.mock.results[0]!.value) as { ok: boolean };
    expect(outcome.ok).toBe(true);
  });

  test('sans requestIdleCallback (Safari), un délai en tient lieu', () => {
    const setTimeout = jest.fn();
    warmUpWhenIdle({ setTimeout });
    expect(setTimeout).toHaveBeenCalledWith(expect.any(Function), 1000);
  });
});
