// The one typed promise wrapper over google.script.run: method names and types come from the server's SidebarApi.
import type { SidebarApi, SidebarMethod } from '../app/panel/sidebar.api';

interface ScriptRunner {
  withSuccessHandler(f: (value: unknown) => void): ScriptRunner;
  withFailureHandler(f: (error: unknown) => void): ScriptRunner;
}

interface GoogleScript {
  script: { run: ScriptRunner };
}

declare global {
  interface Window {
    google?: GoogleScript;
  }
}

const GENERIC = 'No se pudo completar la operación. Inténtelo de nuevo.';

/** The Spanish message of a server failure (AppError messages are already Spanish). */
export function failureMessage(e: unknown): string {
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') {
    const m = (e as { message: string }).message.replace(/^(Exception|Error|AppError):\s*/, '').trim();
    return m || GENERIC;
  }
  return typeof e === 'string' && e ? e : GENERIC;
}

/** Calls a server handler; resolves with its typed result, rejects with an Error carrying a Spanish message. */
export function call<K extends SidebarMethod>(name: K, ...args: Parameters<SidebarApi[K]>): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const g = window.google;
    if (!g || !g.script || !g.script.run) {
      reject(new Error('El panel no está conectado con la hoja de cálculo. Ábralo desde el menú Difusión ICM.'));
      return;
    }
    const runner = g.script.run
      .withSuccessHandler((v) => resolve(v as ReturnType<SidebarApi[K]>))
      .withFailureHandler((e) => reject(new Error(failureMessage(e))));
    const fn = (runner as unknown as Record<string, unknown>)[name];
    if (typeof fn !== 'function') {
      reject(new Error(GENERIC));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
