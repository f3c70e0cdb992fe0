// Bundle figures: dist/Code.js size and its load time in a bare vm context with only the fakes as globals; the sidebar's size.
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { DEFAULT_DIST, newExecution } from '../local/execution';
import { createGlobals } from '../local/globals';
import { newWorld } from '../local/world';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function bundleFigures(dist = DEFAULT_DIST): string {
  const code = fs.readFileSync(path.join(dist, 'Code.js'), 'utf8');
  const times: number[] = [];
  for (let k = 0; k < 7; k++) {
    const exec = newExecution(newWorld({ owner: 'titular@icm.gob.mx' }), { functionName: 'load', user: 'titular@icm.gob.mx' });
    const context = vm.createContext(createGlobals(exec));
    const t0 = process.hrtime.bigint();
    new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const sidebar = fs.readFileSync(path.join(dist, 'Sidebar.html'), 'utf8');
  const script = /<script>([\s\S]*)<\/script>/.exec(sidebar)?.[1] ?? '';
  return [
    '| Artefacto | Tamaño | Carga en contexto vacío (mediana de 7) |',
    '| --- | ---: | ---: |',
    `| dist/Code.js (servidor, minificado) | ${kb(Buffer.byteLength(code))} | ${times[3].toFixed(1)} ms |`,
    `| dist/Sidebar.html (panel) | ${kb(Buffer.byteLength(sidebar))}, script ${kb(Buffer.byteLength(script))} | |`,
    `| core-js en dist/Code.js | ${code.includes('core-js') || /__core-js_shared__/.test(code) ? 'presente' : 'ausente'} | |`,
  ].join('\n');
}
