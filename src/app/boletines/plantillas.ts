// Configurar's Drive part: the add-on's folder and the CS01 / CS02 Docs templates, created once and never overwritten.
import { PLANTILLA_CS01, PLANTILLA_CS02 } from '../../domain/boletines';
import { AppError, messageOf } from '../../domain/errors';
import { ports } from '../shared/index';

export const CARPETA_PROP = 'SEGOB_CARPETA_ID';
export const CS01_PROP = 'PLANTILLA_CS01_ID';
export const CS02_PROP = 'PLANTILLA_CS02_ID';
export const CARPETA_NOMBRE = 'Difusión ICM: boletines CS01 y agenda CS02';

export interface Plantillas {
  carpeta: string;
  cs01: string;
  cs02: string;
  /** What this run created (Spanish names), empty when everything existed. */
  creadas: string[];
}

/** Creates what is missing (a template the institute deleted is made again; an existing one is never touched). */
export function asegurarPlantillas(): Plantillas {
  const props = ports().props.document();
  const docs = ports().docs;
  const creadas: string[] = [];
  const stored = props.get(CARPETA_PROP);
  const carpeta = docs.ensureFolder(stored, CARPETA_NOMBRE);
  if (carpeta !== stored) {
    props.set(CARPETA_PROP, carpeta);
    creadas.push(`carpeta «${CARPETA_NOMBRE}»`);
  }
  const ensure = (prop: string, name: string, paragraphs: readonly string[]): string => {
    const id = props.get(prop);
    if (id && docs.exists(id)) return id;
    const nuevo = docs.createDoc(carpeta, name, paragraphs);
    props.set(prop, nuevo);
    creadas.push(`plantilla «${name}»`);
    return nuevo;
  };
  const cs01 = ensure(CS01_PROP, 'Plantilla CS01 — Boletín', PLANTILLA_CS01);
  const cs02 = ensure(CS02_PROP, 'Plantilla CS02 — Agenda semanal', PLANTILLA_CS02);
  // Reported in Configurar's summary (plantillasResumen); no Bitácora row of its own, so Configurar logs as before.
  return { carpeta, cs01, cs02, creadas };
}

/**
 * The folder and templates as stored; what is missing (never created, or deleted by someone since) is made again here,
 * so a boletín or an agenda never waits for a re-run of Configurar. PLANTILLAS_FALTAN (Spanish) when Drive refuses.
 */
export function plantillas(): Omit<Plantillas, 'creadas'> {
  const props = ports().props.document();
  const carpeta = props.get(CARPETA_PROP);
  const cs01 = props.get(CS01_PROP);
  const cs02 = props.get(CS02_PROP);
  if (carpeta && cs01 && cs02 && ports().docs.exists(cs01) && ports().docs.exists(cs02)) return { carpeta, cs01, cs02 };
  try {
    const p = asegurarPlantillas();
    return { carpeta: p.carpeta, cs01: p.cs01, cs02: p.cs02 };
  } catch (e) {
    throw new AppError('PLANTILLAS_FALTAN', `No se pudieron crear la carpeta o las plantillas CS01/CS02 en Drive (${messageOf(e)}). Ejecute «Configurar» en el menú Difusión ICM.`);
  }
}

/** Configurar's Drive part as one Spanish line for its summary ('' when nothing changed); a failure never blocks the sheets. */
export function plantillasResumen(): string {
  try {
    const p = asegurarPlantillas();
    return p.creadas.length ? `Drive: se creó ${p.creadas.join(', ')}.` : '';
  } catch (e) {
    return `No se pudieron crear las plantillas CS01/CS02 en Drive: ${messageOf(e)}`;
  }
}
