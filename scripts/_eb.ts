import { benchEngineLines } from '/work/wt/robust/scripts/bench-engine';
for (let i = 0; i < 2; i++) for (const l of benchEngineLines([1000])) console.log(l);
