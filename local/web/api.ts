// The page's JSON API: state, a sheet, a person typing in a cell, a menu item, a google.script.run call, what left.
import type { RunResult } from '../runtime';
import { columnLetter } from '../../src/domain/a1';
import { PageError, type WebSession } from './session';

export { PageError };
import { sheetView } from './sheet-view';
import { bitacora, feeds, meter, outbox } from './outputs';
import { callable, returnValue } from './bridge';
import { displayText } from './sheet-view';


export interface Panel {
  id: string;
  kind: 'sidebar' | 'dialog';
  title: string;
  html: string;
  as: string;
  width: number;
  height: number;
}

export interface ApiContext {
  session: WebSession;
  names: string[];
  panels: Map<string, Panel>;
  /** The add-on menu each person saw when the file opened for them (onOpen as that person). */
  menus: Map<string, Array<{ label: string; functionName: string }>>;
}

type Body = Record<string, unknown>;

function person(ctx: ApiContext, as: unknown): string {
  if (!ctx.session.isPerson(as)) throw new PageError('Elija en «Actuar como» a una de las personas del libro.');
  return as;
}

/** What the person saw: toasts, alerts with their answers, panels opened (kept to be served in a frame), the error. */
function uiOf(ctx: ApiContext, r: RunResult, as: string): Body {
  const panels: Array<Omit<Panel, 'html'>> = [];
  const open = (kind: Panel['kind'], title: string, html: string): void => {
    const id = String(ctx.panels.size + 1);
    const p: Panel = { id, kind, title, html, as, width: 300, height: 0 };
    if (kind === 'dialog') Object.assign(p, { width: 480, height: 560 });
    ctx.panels.set(id, p);
    panels.push({ id, kind, title, as, width: p.width, height: p.height });
  };
  for (const s of r.ui.sidebars) open('sidebar', s.title, s.html);
  for (const d of r.ui.dialogs) open('dialog', d.title, d.html);
  return {
    funcion: r.functionName,
    toasts: r.ui.toasts,
    alertas: r.ui.alerts.map((a) => ({ titulo: a.title, texto: a.prompt, respuesta: a.answer })),
    paneles: panels,
    error: r.error?.message,
  };
}

export function estado(ctx: ApiContext): Body {
  const emu = ctx.session.emu;
  return {
    ahora: displayText(new Date(emu.world.now)),
    ahoraIso: new Date(emu.world.now).toISOString(),
    personas: ctx.session.people(),
    hojas: emu.world.spreadsheet.sheets.map((s) => ({ nombre: s.name, oculta: s.hidden })),
    activadores: emu.world.triggers.map((t) => ({ funcion: t.handler, tipo: t.eventType, proximo: t.nextRun ? displayText(new Date(t.nextRun)) : '' })),
  };
}

/** The file opening for a person: onOpen runs as them and builds the add-on menu. */
export function abrir(ctx: ApiContext, b: Body): Body {
  const as = person(ctx, b.as);
  const r = ctx.session.emu.run('onOpen', [], { as, authMode: 'LIMITED', event: { authMode: 'LIMITED' } });
  ctx.session.save();
  const items = r.ui.menus.flatMap((m) => m.items);
  ctx.menus.set(as, items);
  return { menu: r.ui.menus, error: r.error?.message };
}

export function hoja(ctx: ApiContext, name: string): Body {
  const v = sheetView(ctx.session.emu, name);
  if (!v) throw new PageError(`No existe la hoja «${name}».`);
  return v as unknown as Body;
}

export function editar(ctx: ApiContext, b: Body): Body {
  const as = person(ctx, b.as);
  const { hoja: name, fila, columna, valor } = b;
  if (typeof name !== 'string' || !Number.isInteger(fila) || !Number.isInteger(columna) || typeof valor !== 'string') {
    throw new PageError('Edición incompleta: hoja, fila, columna y valor.');
  }
  const a1 = `'${name.replace(/'/g, "''")}'!${columnLetter(columna as number)}${fila as number}`;
  let runs: RunResult[];
  try {
    runs = ctx.session.emu.edit(a1, valor, { as });
  } catch (e) {
    throw new PageError((e as Error).message);
  }
  ctx.session.save();
  return { ejecuciones: runs.map((r) => uiOf(ctx, r, as)) };
}

export function menu(ctx: ApiContext, b: Body): Body {
  const as = person(ctx, b.as);
  const items = ctx.menus.get(as) ?? [];
  const fn = b.funcion;
  if (typeof fn !== 'string' || !items.some((i) => i.functionName === fn)) throw new PageError('Esa opción no está en el menú de esta persona.');
  const answers = Array.isArray(b.respuestas) ? b.respuestas.map(String) : [];
  const out = ctx.session.runMenu(fn, as, answers);
  if ('ask' in out) return { preguntar: out.ask, respuestas: out.answers };
  return uiOf(ctx, out.run, as);
}

/** One google.script.run call from a panel, as the person who opened it. */
export function run(ctx: ApiContext, b: Body): Body {
  const panel = ctx.panels.get(String(b.panel));
  if (!panel) throw new PageError('Ese panel ya no está abierto.');
  if (!callable(ctx.names, b.funcion)) return { ok: false, name: 'ScriptError', message: `Script function not found: ${String(b.funcion)}` };
  const args = Array.isArray(b.args) ? b.args : [];
  const r = ctx.session.emu.run(b.funcion, args, { as: panel.as });
  ctx.session.save();
  if (r.error) return { ok: false, message: r.error.message };
  const extra = r.ui.sidebars.length || r.ui.dialogs.length ? uiOf(ctx, r, panel.as) : undefined;
  return { ok: true, value: returnValue(r.result), ui: extra };
}

export function salidas(ctx: ApiContext): Body {
  const emu = ctx.session.emu;
  return { correos: outbox(emu), redes: feeds(emu), bitacora: bitacora(emu), medidor: meter(emu) };
}
