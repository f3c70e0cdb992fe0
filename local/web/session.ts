// The web page's hold on the emulated world: one Emulator, saved after every change, one operation at a time.
import { Emulator, type RunResult } from '../runtime';
import { deserializeWorld, serializeWorld } from '../world';
import { DEMO } from '../demo';
import type { UiAlert } from '../execution';

export interface Person {
  /** What the *Actuar como* selector shows. */
  label: string;
  email: string;
}

/** Someone with edit access to the file and no role in Configuración (the institute's domain). */
export const SIN_ROL = 'persona.sin.rol@icm.gob.mx';

/** One dialog the person must answer before the function can go on (as Sheets blocks on ui.prompt/alert). */
export interface PendingDialog {
  kind: UiAlert['kind'];
  title: string;
  prompt: string;
  buttons: string;
}

export type MenuOutcome = { ask: PendingDialog; answers: string[] } | { run: RunResult };

const MAX_DIALOGS = 12;

/** A refusal the person caused: answered 400 with this Spanish message, nothing changed. */
export class PageError extends Error {}

export class WebSession {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    public emu: Emulator,
    readonly dataDir: string,
  ) {}

  /** Runs `fn` after every earlier operation has finished (the emulator is single-threaded, as one user's clicks are). */
  serial<T>(fn: () => T | Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private pending: NodeJS.Timeout | null = null;

  /** Writes the world soon (a burst of sidebar calls costs one write); flush() writes it now. */
  save(): void {
    if (this.pending) return;
    this.pending = setTimeout(() => this.flush(), 300);
    this.pending.unref();
  }

  flush(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    this.emu.save(this.dataDir);
  }

  /** Titular, Asistente, a Dirección and someone without a role, read from Configuración (demo people as fallback). */
  people(): Person[] {
    const rows = this.emu.values('Configuración');
    const find = (label: RegExp): string => {
      const r = rows.find((x) => label.test(String(x[0])));
      return r ? String(r[1]).split(',')[0].trim().toLowerCase() : '';
    };
    const titular = find(/^titular/i) || this.emu.world.owner;
    const asistente = find(/^asistente/i) || DEMO.asistente;
    const direccion = find(/^direcciones/i) || DEMO.direcciones[0];
    return [
      { label: `Titular (${titular})`, email: titular },
      { label: `Asistente (${asistente})`, email: asistente },
      { label: `Dirección (${direccion})`, email: direccion },
      { label: `Sin rol (${SIN_ROL})`, email: SIN_ROL },
    ];
  }

  isPerson(email: unknown): email is string {
    return typeof email === 'string' && this.people().some((p) => p.email === email);
  }

  /**
   * A menu item run as `as`. Apps Script blocks on each ui.alert/prompt until the person answers; the emulator takes
   * replies up front, so a run that reached a dialog with no reply is undone (the world restored) and the dialog is
   * returned to be asked; the page then runs it again with one more reply.
   */
  runMenu(functionName: string, as: string, answers: string[]): MenuOutcome {
    const before = serializeWorld(this.emu.world);
    const run = this.emu.run(functionName, [], { as, answers });
    const unanswered = run.ui.alerts[answers.length];
    if (unanswered && answers.length < MAX_DIALOGS) {
      this.emu = new Emulator(deserializeWorld(before), this.emu.distDir);
      this.flush();
      const { kind, title, prompt, buttons } = unanswered;
      return { ask: { kind, title, prompt, buttons }, answers };
    }
    this.save();
    return { run };
  }
}
