// Boletines CS01: consecutive numbers that are never reused, the template's placeholders, and the Spanish e-mail to SEGOB.
import { escapeHtml } from './html';

/** Document property holding the last number given in a year (a sheet edit cannot lower it). */
export function ultimoNumeroKey(year: number): string {
  return `BOLETIN_ULTIMO_${year}`;
}

/** ICM-B-2026-001. */
export function formatNumero(year: number, n: number): string {
  return `ICM-B-${year}-${n < 10 ? '00' : n < 100 ? '0' : ''}${n}`;
}

/** The consecutive of a number of that year, or 0 when the text is not one. */
export function consecutivoDe(numero: string, year: number): number {
  const m = /^ICM-B-(\d{4})-(\d{3,})$/.exec(numero.trim());
  return m && Number(m[1]) === year ? Number(m[2]) : 0;
}

/**
 * The next number: one more than the highest ever given (the stored last number) or seen in the sheet, so a deleted
 * row's number is never given again and a number typed by hand is never repeated.
 */
export function siguienteNumero(year: number, ultimoGuardado: number, numerosEnHoja: readonly string[]): { numero: string; n: number } {
  let max = Math.max(0, Math.floor(ultimoGuardado) || 0);
  for (const s of numerosEnHoja) max = Math.max(max, consecutivoDe(s, year));
  return { numero: formatNumero(year, max + 1), n: max + 1 };
}

/** The placeholders of the CS01 template, in the order the README lists them. */
export const PLACEHOLDERS_CS01 = ['numero', 'fecha', 'lugar', 'titulo', 'subtitulo', 'cuerpo', 'contacto'] as const;
export type PlaceholderCS01 = (typeof PLACEHOLDERS_CS01)[number];

/** The CS02 template's placeholders (the table of activities is added below them). */
export const PLACEHOLDERS_CS02 = ['semana', 'fecha_envio', 'actividades'] as const;

export const INSTITUTO = 'Instituto Coahuilense de las Mujeres';

/** Paragraphs of the CS01 template created by Configurar (the institute may restyle it freely afterwards). */
export const PLANTILLA_CS01: readonly string[] = [
  `${INSTITUTO}`,
  'Procedimiento PI-DT-002 «Difusión en Redes Sociales» · Formato CS01 · Formato para envío de boletines',
  'Boletín {{numero}}',
  '{{lugar}}, a {{fecha}}',
  '{{titulo}}',
  '{{subtitulo}}',
  '{{cuerpo}}',
  'Contacto: {{contacto}}',
];

export const PLANTILLA_CS02: readonly string[] = [
  `${INSTITUTO}`,
  'Procedimiento PI-DT-002 «Difusión en Redes Sociales» · Formato CS02 · Llenado de Agenda de actividades',
  'Agenda de la semana {{semana}}',
  'Enviada el {{fecha_envio}}',
  '{{actividades}}',
];

/** A placeholder as the regular expression Body.replaceText takes (its special characters escaped). */
export function placeholderPattern(name: string): string {
  return escapeRegex(`{{${name}}}`);
}

/** Escapes every character that is special in a (RE2) regular expression. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The Google Docs id in a Docs link (docs.google.com/document/d/ID), or '' when the link is not a Doc. */
export function docIdOf(link: string): string {
  const m = /docs\.google\.com\/document\/d\/([\w-]{10,})/.exec(link);
  return m ? m[1] : '';
}

export interface BoletinMail {
  numero: string;
  titulo: string;
  fecha: string;
  lugar: string;
  resumen: string;
  pdfUrl: string;
}

export function boletinSubject(b: Pick<BoletinMail, 'numero' | 'titulo'>): string {
  return `Boletín ${b.numero}: ${b.titulo}`.replace(/[\r\n]+/g, ' ');
}

/** Plain-text and HTML bodies of the boletín e-mail (user text escaped in the HTML). */
export function boletinBodies(b: BoletinMail): { body: string; htmlBody: string } {
  const body = [
    'Comunicación Social de la Secretaría de Gobierno:',
    '',
    `Enviamos el boletín ${b.numero} del ${INSTITUTO} (formato CS01), autorizado por la Titular del Instituto.`,
    `Título: ${b.titulo}`,
    `Fecha: ${b.fecha}`,
    b.lugar ? `Lugar: ${b.lugar}` : '',
    `Resumen: ${b.resumen}`,
    '',
    'El boletín completo va adjunto en PDF.',
  ].filter((l, i, a) => l !== '' || (i > 0 && a[i - 1] !== '')).join('\n');
  const e = escapeHtml;
  const htmlBody = [
    '<p>Comunicación Social de la Secretaría de Gobierno:</p>',
    `<p>Enviamos el boletín <b>${e(b.numero)}</b> del ${INSTITUTO} (formato CS01), autorizado por la Titular del Instituto.</p>`,
    '<table cellpadding="4" style="border-collapse:collapse">',
    `<tr><th align="left">Número</th><td>${e(b.numero)}</td></tr>`,
    `<tr><th align="left">Título</th><td>${e(b.titulo)}</td></tr>`,
    `<tr><th align="left">Fecha</th><td>${e(b.fecha)}</td></tr>`,
    b.lugar ? `<tr><th align="left">Lugar</th><td>${e(b.lugar)}</td></tr>` : '',
    `<tr><th align="left">Resumen</th><td>${e(b.resumen).replace(/\n/g, '<br>')}</td></tr>`,
    '</table>',
    '<p>El boletín completo va adjunto en PDF.</p>',
  ].filter((l) => l !== '').join('\n');
  return { body, htmlBody };
}
