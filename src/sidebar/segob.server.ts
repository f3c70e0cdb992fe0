// Typed google.script.run calls for the boletines and agenda views, checked against the server's SegobApi.
import type { SegobApi, SegobMethod } from '../app/boletines/segob.api';
import { failureMessage } from './server';

type Runner = Record<string, unknown> & {
  withSuccessHandler(f: (v: unknown) => void): Runner;
  withFailureHandler(f: (e: unknown) => void): Runner;
};

export function callSegob<K extends SegobMethod>(name: K, ...args: Parameters<SegobApi[K]>): Promise<ReturnType<SegobApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = (window.google?.script?.run ?? null) as unknown as Runner | null;
    if (!run) {
      reject(new Error('El panel no está conectado con la hoja de cálculo. Ábralo desde el menú Difusión ICM.'));
      return;
    }
    const r = run.withSuccessHandler((v) => resolve(v as ReturnType<SegobApi[K]>)).withFailureHandler((e) => reject(new Error(failureMessage(e))));
    (r[name] as (...a: unknown[]) => void).apply(r, args);
  });
}
