import { project } from '../src/engine';
import { departmentOf } from './bench-engine';
import { projectWithFloats } from './bench-float-baseline';
const s = departmentOf(1000);
const e: number[] = [], f: number[] = [];
for (let i = 0; i < 40; i++) {
  let t = performance.now(); project(s); e.push(performance.now() - t);
  t = performance.now(); projectWithFloats(s); f.push(performance.now() - t);
}
e.sort((a, b) => a - b); f.sort((a, b) => a - b);
console.log('engine min', e[0]!.toFixed(1), 'med', e[20]!.toFixed(1), 'float min', f[0]!.toFixed(1), 'med', f[20]!.toFixed(1));
