// Plain Spanish for the staff: a Bitácora detail split into what people read and the technical details (fingerprints, HTTP codes, raw responses).

/** Internal names that reach a detail, and the words the staff use for them. */
const NOMBRES: Array<[RegExp, string, string]> = [
  [/\btick\b/g, 'la revisión horaria', 'tick'],
  [/\balEditar\b/g, 'la revisión de ediciones', 'alEditar'],
];

/** Fragments moved whole to the technical column (with the punctuation that introduced them). */
const FRAGMENTOS: RegExp[] = [
  /\s*(?:Huella |PDF )?SHA-256:? (?:v\d+:)?[0-9a-f]{64}\.?/gi,
  / · id \S+(?= · |\.?$)/g,
  /\s*Respuesta:\s*[[{][\s\S]*$/g,
  /,?\s*HTTP \d{3}\b/g,
  /\s*\(\d{3}\)/g,
  /:?\s*\b[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*\b/g,
];

/** A cell reference ('Agenda CS02'!B4, Bitácora!A20): read as «la hoja «Bitácora», fila 20»; the reference goes to the technical details. */
const CELDA = /(?:'([^']+)'|([A-Za-zÁÉÍÓÚÜÑáéíóúüñ][\wÁÉÍÓÚÜÑáéíóúüñ]*))!\$?[A-Z]{1,3}\$?([1-9]\d*)\b/g;

export interface DetalleSeparado {
  detalle: string;
  tecnico: string;
}

/** Splits a detail: the technical fragments go to `tecnico` (in order), the rest stays readable. */
export function separarTecnico(detalle: string): DetalleSeparado {
  const tecnico: string[] = [];
  let d = detalle;
  for (const re of FRAGMENTOS) {
    d = d.replace(re, (m) => {
      tecnico.push(m.trim().replace(/^[,:·]\s*/, ''));
      return '';
    });
  }
  d = d.replace(CELDA, (m: string, q: string | undefined, u: string | undefined, fila: string) => {
    tecnico.push(m);
    return `la hoja «${q ?? u}», fila ${fila}`;
  });
  for (const [re, palabra, nombre] of NOMBRES) {
    if (re.test(d)) {
      tecnico.push(nombre);
      d = d.replace(re, palabra);
    }
  }
  return { detalle: d.replace(/\s+([.,;:)])/g, '$1').replace(/\(\s*\)/g, '').trim(), tecnico: tecnico.join(' · ') };
}
