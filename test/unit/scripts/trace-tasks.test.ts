import { longestTaskMs, type TraceEvent } from '../../../scripts/trace-tasks';

const MAIN = { pid: 7, tid: 7 };
const thread = (tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid: 7, tid, args: { name } });
const task = (ts: number, dur: number, on = MAIN): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur, ...on });
const mark = (name: string, ts: number): TraceEvent => ({ name, ph: 'I', ts, ...MAIN });

describe('tâche la plus longue d’une trace Chromium (banc « Calculer »)', () => {
  const base = [thread(7, 'CrRendererMain'), thread(9, 'Compositor'), mark('click', 1_000_000), mark('written', 2_000_000)];

  test('la plus longue du fil principal entre les deux marques, en millisecondes', () => {
    // 30 ms and 42.5 ms inside the window: 42.5.
    expect(longestTaskMs([...base, task(1_100_000, 30_000), task(1_500_000, 42_500)], 'click', 'written')).toBe(42.5);
  });

  test('une tâche à cheval sur une marque compte entière ; hors fenêtre ou d’un autre fil, elle ne compte pas', () => {
    const events = [
      ...base,
      task(990_000, 20_000), // from 10 ms before the click to 10 ms after: counts, 20 ms
      task(500_000, 90_000), // before the click
      task(2_100_000, 90_000), // after « written »
      task(1_200_000, 90_000, { pid: 7, tid: 9 }), // the compositor's
    ];
    expect(longestTaskMs(events, 'click', 'written')).toBe(20);
  });

  test('une marque absente est dite, plutôt qu’un chiffre faux', () => {
    expect(() => longestTaskMs([thread(7, 'CrRendererMain'), mark('click', 0)], 'click', 'written')).toThrow('written');
  });
});
