// Efemérides computed per year: LFT art. 74 rest days and women's-rights dates, each with a suggested theme and text.
import { daysInMonth, MESES, nthWeekday, ymd } from './dates';

export const TIPO_DESCANSO = 'Descanso obligatorio (LFT art. 74)';
export const TIPO_MUJERES = 'Derechos de las mujeres';
export const TIPO_NARANJA = 'Día Naranja';
export const TIPO_ACTIVISMO = '16 días de activismo';
export const TIPOS_EFEMERIDE = [TIPO_DESCANSO, TIPO_MUJERES, TIPO_NARANJA, TIPO_ACTIVISMO, 'Institucional'] as const;

/** «Origen» of rows the add-on computed (the institute's own rows carry any other text, e.g. «Instituto»). */
export const ORIGEN_CALCULADA = 'Calculada por el complemento';

export interface Efemeride {
  /** yyyy-MM-dd */
  fecha: string;
  nombre: string;
  tipo: string;
  temaSugerido: string;
  textoSugerido: string;
}

/** Transmission of the Federal Executive Power on 1 October: every six years from 2024 (LFT art. 74 VII). */
export function isTransmisionYear(year: number): boolean {
  return year >= 2024 && (year - 2024) % 6 === 0;
}

function day(year: number, month1: number, d: number): string {
  return ymd(new Date(year, month1 - 1, d));
}

/** The mandatory rest days of Ley Federal del Trabajo art. 74 for a year (fraction IX, election days, excluded). */
export function descansosLft(year: number): Array<{ fecha: string; nombre: string }> {
  const out = [
    { fecha: day(year, 1, 1), nombre: 'Año Nuevo' },
    { fecha: ymd(nthWeekday(year, 2, 1, 1)), nombre: 'Aniversario de la Constitución (5 de febrero)' },
    { fecha: ymd(nthWeekday(year, 3, 1, 3)), nombre: 'Natalicio de Benito Juárez (21 de marzo)' },
    { fecha: day(year, 5, 1), nombre: 'Día del Trabajo' },
    { fecha: day(year, 9, 16), nombre: 'Día de la Independencia' },
    { fecha: ymd(nthWeekday(year, 11, 1, 3)), nombre: 'Aniversario de la Revolución (20 de noviembre)' },
    { fecha: day(year, 12, 25), nombre: 'Navidad' },
  ];
  if (isTransmisionYear(year)) {
    out.push({ fecha: day(year, 10, 1), nombre: 'Transmisión del Poder Ejecutivo Federal' });
  }
  return out.sort((a, b) => (a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : 0));
}

interface WomenDate {
  month1: number;
  d: number;
  nombre: string;
  tema: string;
  texto: string;
}

const HASHTAG = '#ICMujeres';

const WOMEN_DATES: readonly WomenDate[] = [
  { month1: 2, d: 6, nombre: 'Día Internacional de Tolerancia Cero con la Mutilación Genital Femenina', tema: 'Integridad corporal de niñas y mujeres', texto: 'Hoy, Día Internacional de Tolerancia Cero con la Mutilación Genital Femenina, reafirmamos el derecho de niñas y mujeres a su integridad corporal.' },
  { month1: 2, d: 11, nombre: 'Día Internacional de la Mujer y la Niña en la Ciencia', tema: 'Mujeres y niñas en la ciencia', texto: 'En el Día Internacional de la Mujer y la Niña en la Ciencia impulsamos las vocaciones científicas de niñas y jóvenes coahuilenses.' },
  { month1: 3, d: 8, nombre: 'Día Internacional de la Mujer', tema: 'Igualdad sustantiva y derechos de las mujeres', texto: 'Este 8 de marzo, Día Internacional de la Mujer, reconocemos la lucha de las mujeres por la igualdad sustantiva y sus derechos.' },
  { month1: 5, d: 28, nombre: 'Día Internacional de Acción por la Salud de las Mujeres', tema: 'Salud integral de las mujeres', texto: 'En el Día Internacional de Acción por la Salud de las Mujeres promovemos el acceso de todas a servicios de salud de calidad.' },
  { month1: 9, d: 23, nombre: 'Día Internacional contra la Explotación Sexual y la Trata de Personas', tema: 'Prevención de la trata de personas', texto: 'Hoy, Día Internacional contra la Explotación Sexual y la Trata de Personas: infórmate, prevén y denuncia.' },
  { month1: 10, d: 11, nombre: 'Día Internacional de la Niña', tema: 'Derechos de las niñas', texto: 'En el Día Internacional de la Niña trabajamos para que todas las niñas crezcan libres de violencia y con igualdad de oportunidades.' },
  { month1: 10, d: 15, nombre: 'Día Internacional de las Mujeres Rurales', tema: 'Mujeres rurales', texto: 'En el Día Internacional de las Mujeres Rurales reconocemos su aporte al campo, a sus comunidades y a Coahuila.' },
  { month1: 10, d: 17, nombre: 'Aniversario del voto de las mujeres en México (1953)', tema: 'Participación política de las mujeres', texto: 'El 17 de octubre de 1953 las mexicanas obtuvimos el derecho a votar y ser votadas. Seguimos impulsando la participación política de las mujeres.' },
  { month1: 10, d: 19, nombre: 'Día Internacional de la Lucha contra el Cáncer de Mama', tema: 'Prevención y detección oportuna del cáncer de mama', texto: 'En el Día Internacional de la Lucha contra el Cáncer de Mama te recordamos: la autoexploración y la detección oportuna salvan vidas.' },
  { month1: 11, d: 19, nombre: 'Día Internacional de las Mujeres Emprendedoras', tema: 'Autonomía económica de las mujeres', texto: 'En el Día Internacional de las Mujeres Emprendedoras impulsamos la autonomía económica de las coahuilenses.' },
  { month1: 11, d: 25, nombre: 'Día Internacional de la Eliminación de la Violencia contra la Mujer', tema: 'Eliminación de la violencia contra las mujeres', texto: 'Hoy, Día Internacional de la Eliminación de la Violencia contra la Mujer, decimos con fuerza: ninguna forma de violencia es aceptable.' },
  { month1: 12, d: 10, nombre: 'Día de los Derechos Humanos', tema: 'Los derechos de las mujeres son derechos humanos', texto: 'En el Día de los Derechos Humanos recordamos que los derechos de las mujeres son derechos humanos.' },
];

const SUFFIX = ` ${HASHTAG}`;

/** Every efeméride of a year, sorted by date (several may share a day). */
export function efemeridesDelAnio(year: number): Efemeride[] {
  const out: Efemeride[] = [];
  for (const h of descansosLft(year)) {
    out.push({
      fecha: h.fecha,
      nombre: h.nombre,
      tipo: TIPO_DESCANSO,
      temaSugerido: `Día de descanso obligatorio: ${h.nombre}`,
      textoSugerido: '',
    });
  }
  for (const w of WOMEN_DATES) {
    out.push({ fecha: day(year, w.month1, w.d), nombre: w.nombre, tipo: TIPO_MUJERES, temaSugerido: w.tema, textoSugerido: w.texto + SUFFIX });
  }
  for (let m = 1; m <= 12; m++) {
    out.push({
      fecha: day(year, m, 25),
      nombre: 'Día Naranja',
      tipo: TIPO_NARANJA,
      temaSugerido: 'Día Naranja: actuar para erradicar la violencia contra mujeres y niñas',
      textoSugerido: `Hoy es Día Naranja: cada 25 de mes nos pintamos de naranja para erradicar la violencia contra mujeres y niñas. #DíaNaranja${SUFFIX}`,
    });
  }
  // 16 días de activismo contra la violencia de género: 25 de noviembre al 10 de diciembre (día 1 … día 16).
  for (let i = 0; i < 16; i++) {
    const d = new Date(year, 10, 25 + i);
    out.push({
      fecha: ymd(d),
      nombre: `16 días de activismo contra la violencia de género (día ${i + 1} de 16)`,
      tipo: TIPO_ACTIVISMO,
      temaSugerido: '16 días de activismo contra la violencia de género',
      textoSugerido: `Día ${i + 1} de los 16 días de activismo contra la violencia de género: ${d.getDate()} de ${MESES[d.getMonth()]}. Únete y alza la voz. #16Días${SUFFIX}`,
    });
  }
  const rank = (t: string): number => TIPOS_EFEMERIDE.indexOf(t as (typeof TIPOS_EFEMERIDE)[number]);
  return out.sort((a, b) => (a.fecha < b.fecha ? -1 : a.fecha > b.fecha ? 1 : rank(a.tipo) - rank(b.tipo)));
}

/** The efemérides of one month of a year. */
export function efemeridesDelMes(year: number, month1: number): Efemeride[] {
  const from = day(year, month1, 1);
  const to = day(year, month1, daysInMonth(year, month1));
  return efemeridesDelAnio(year).filter((e) => e.fecha >= from && e.fecha <= to);
}
