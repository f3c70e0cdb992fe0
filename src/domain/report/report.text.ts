// The monthly report as Spanish blocks (title, sections, paragraphs, chart places), rendered by the Doc adapter and read by tests.
import { REDES } from '../schema';
import type { MonthReport, NetFigures, SendLine } from './report.types';

export type ChartId = 'porDia' | 'segob' | 'fallas';

export type Block =
  | { t: 'titulo' | 'seccion' | 'parrafo'; text: string }
  | { t: 'grafica'; chart: ChartId; titulo: string };

export interface ReportMeta {
  codigo: string;
  version: string;
  generado: string;
  libro: string;
}

export const CHART_TITLES: Record<ChartId, string> = {
  porDia: 'Publicaciones por día y red',
  segob: 'Envíos a SEGOB a tiempo y tarde',
  fallas: 'Fallas por causa',
};

/** One network's figures as one line (the tests look for exactly this text in the PDF). */
export function netLine(nombre: string, f: NetFigures): string {
  return `${nombre}: planeadas ${f.planeadas} · autorizadas ${f.autorizadas} · automáticas ${f.automaticas} · a mano ${f.aMano} · no publicadas ${f.noPublicadas}`;
}

function counts(title: string, c: Record<string, number>): string {
  const parts = Object.entries(c).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}: ${n}`);
  return `${title}: ${parts.join('; ') || 'ninguna'}`;
}

function sendLine(e: SendLine): string {
  const plazo = e.aTiempo === true ? 'a tiempo' : e.aTiempo === false ? 'TARDE o sin enviar' : 'aún no vence';
  return `${e.tipo} ${e.numero} · ${e.titulo} · ${e.autorizacion} · enviado: ${e.enviado || 'no'} (${plazo}) · destinatarios: ${e.destinatarios || '—'} · PDF: ${e.pdf || '—'} · SHA-256: ${e.pdfHash ? e.pdfHash.slice(0, 16) : '—'}`;
}

function figureBlocks(r: MonthReport): string[] {
  return [
    ...REDES.map((red) => netLine(red, r.porRed[red])),
    netLine('Total', r.total),
    `Días del mes: ${r.dias.total} · con publicación: ${r.dias.conPublicacion} · sin publicación: ${r.dias.sinPublicacion.length}`,
    `Días sin publicación: ${r.dias.sinPublicacion.join(', ') || 'ninguno'}`,
    `Fines de semana: ${r.finesDeSemana.map((f) => `${f.fecha} ${f.decision}`).join('; ') || 'ninguno'}`,
    `Propuestas presentadas: ${r.propuestas.total}`,
    counts('Por tipo', r.propuestas.porTipo),
    counts('Por Dirección', r.propuestas.porDireccion),
    counts('Por marco legal', r.propuestas.porMarco),
    `Envíos a SEGOB: boletines ${r.segob.boletines} · agendas ${r.segob.agendas} · a tiempo ${r.segob.aTiempo} · tarde ${r.segob.tarde}`,
    `Vigilancia de plazos: recordatorios ${r.vigilancia.recordatorios} · escalamientos ${r.vigilancia.escalamientos}`,
    `Tareas de publicación manual: ${r.tareasManuales}`,
    `Fallas por causa: ${Object.entries(r.fallasPorCausa).map(([k, n]) => `${k} ${n}`).join(' · ')}`,
    `Costo estimado de X (pago por uso): ${r.costoX.posts} publicaciones, ${r.costoX.conEnlace} con enlace, USD ${r.costoX.usd.toFixed(3)}`,
  ];
}

function publicationLines(r: MonthReport): string[] {
  if (r.publicaciones.length === 0) return ['No hubo publicaciones programadas en el mes.'];
  return r.publicaciones.map((p) => {
    const enlaces = REDES.filter((red) => p.enlaces[red]).map((red) => `${red} ${p.enlaces[red]}`);
    const estados = p.redes.map((red) => `${red}: ${p.estados[red] ?? ''}`).join('; ');
    const aut = p.autorizacion ? `${p.autorizacion} por ${p.autorizadoPor || '—'} el ${p.fechaAutorizacion || '—'}` : 'Sin autorización';
    return `${p.fecha} ${p.hora} · ${p.id} · ${p.tema} · ${aut} · huella ${p.huella || '—'} · ${estados} · enlaces: ${enlaces.join(' ') || '—'}`;
  });
}

export function reportBlocks(r: MonthReport, meta: ReportMeta): Block[] {
  const b: Block[] = [];
  const p = (text: string): void => void b.push({ t: 'parrafo', text });
  const s = (text: string): void => void b.push({ t: 'seccion', text });
  b.push({ t: 'titulo', text: `Informe mensual de difusión ${r.mes}` });
  p(`Procedimiento ${meta.codigo} «Difusión en Redes Sociales» · Versión ${meta.version} · Instituto Coahuilense de las Mujeres`);
  p(`Libro: ${meta.libro} · Generado: ${meta.generado}`);
  s('1. Cifras del mes');
  figureBlocks(r).forEach(p);
  s('2. Gráficas');
  for (const chart of ['porDia', 'segob', 'fallas'] as ChartId[]) b.push({ t: 'grafica', chart, titulo: CHART_TITLES[chart] });
  s('3. Publicaciones (fecha, tema, autorización, huella, enlaces)');
  publicationLines(r).forEach(p);
  s('4. Boletines CS01 y agendas CS02 enviados a SEGOB');
  (r.envios.length ? r.envios.map(sendLine) : ['No hubo boletines ni agendas en el mes.']).forEach(p);
  s('5. Fallas y cómo terminaron');
  (r.fallas.length ? r.fallas.map((f) => `${f.primera} · ${f.id} · ${f.red} · ${f.causa} · ${f.intentos} intento(s) · ${f.desenlace}`) : ['Sin fallas.']).forEach(p);
  (r.vigilancia.lineas.length ? r.vigilancia.lineas : []).forEach(p);
  s('6. Matriz de riesgos (RI-DT-002)');
  r.riesgos.forEach((x) => p(`Riesgo: ${x.riesgo} · Causa: ${x.causa} · Acción: ${x.accion} · En el mes: ${x.ocurrido} · Control que actuó: ${x.control}`));
  s('7. Verificación de las cadenas');
  (r.cadenas.length ? r.cadenas : []).forEach((c) => p(`${c.hoja}: ${c.ok ? 'verifica' : 'NO verifica'} (${c.filas} filas) · ${c.detalle}`));
  s('8. Cambios en meses cerrados');
  (r.cambiosCerrados.length ? r.cambiosCerrados.map((c) => `Mes cerrado ${c.mes} · ${c.hoja} ${c.id}: fila ${c.cambio} después del cierre`) : ['Ningún cambio en meses cerrados.']).forEach(p);
  return b;
}

/** The procedure this report belongs to (header of the Doc). */
export const PROCEDIMIENTO = { codigo: 'PI-DT-002', version: '00', nombre: 'Difusión en Redes Sociales' } as const;
