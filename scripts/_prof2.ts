import { project } from '../src/engine';
import { departmentOf } from './bench-engine';
const s = departmentOf(1000);
for (let i = 0; i < 120; i++) project(s);
