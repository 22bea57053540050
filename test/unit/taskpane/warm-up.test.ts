import { WARM_UP_DELAY_MS, warmUp, warmUpWhenIdle } from '../../../src/taskpane/warm-up';

describe('préchauffage du calcul à l’ouverture du volet', () => {
  test('attend une seconde puis que la page soit inactive avant de calculer', () => {
    const run = jest.fn(() => Promise.resolve());
    let later: (() => void) | null = null;
    let idle: (() => void) | null = null;
    const setTimeout = jest.fn((cb: () => void) => void (later = cb));
    warmUpWhenIdle({ requestIdleCallback: (cb) => ((idle = cb), 1), setTimeout }, run);
    // Nothing runs while the page is busy opening: first a delay, then idle time.
    expect(setTimeout).toHaveBeenCalledWith(expect.any(Function), WARM_UP_DELAY_MS);
    expect(idle).toBeNull();
    later!();
    expect(run).not.toHaveBeenCalled();
    idle!();
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('sans requestIdleCallback (Safari), le délai seul en tient lieu', () => {
    const run = jest.fn(() => Promise.resolve());
    let later: (() => void) | null = null;
    warmUpWhenIdle({ setTimeout: (cb: () => void) => void (later = cb) }, run);
    later!();
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('un préchauffage qui échoue ne dit rien : le premier calcul sera seulement plus lent', async () => {
    const run = jest.fn(() => Promise.reject(new Error('panne')));
    warmUpWhenIdle({ setTimeout: (cb: () => void) => cb() }, run);
    // An unhandled rejection would fail the test run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('calcule, dans un classeur jetable, l’exemple du modèle étendu à un département', async () => {
    const outcome = await warmUp(12);
    if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('\n'));
    // The example's CPTS repeated under new identifiers.
    expect(outcome.projection.cpts).toHaveLength(12);
    expect(new Set(outcome.projection.cpts.map((c) => c.id)).size).toBe(12);
  });
});
