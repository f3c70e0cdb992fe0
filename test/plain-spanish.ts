// The scanner of user-facing text: raw HTTP codes, hex fingerprints, internal function names and A1 ranges have no place in what the staff read.
import * as fs from 'fs';
import * as path from 'path';

/** Entry points of src/main.ts: internal names the staff never need to read. */
export function internalNames(): string[] {
  const main = fs.readFileSync(path.resolve(__dirname, '../src/main.ts'), 'utf8');
  const names = new Set<string>();
  for (const m of main.matchAll(/export\s*\{([^}]*)\}/g)) for (const n of m[1].split(',')) if (n.trim()) names.add(n.trim());
  return [...names];
}

export interface Hit {
  where: string;
  kind: string;
  text: string;
}

const RULES: Array<[string, RegExp]> = [
  ['código HTTP', /\bHTTP\s*\d{3}\b|\b(?:c[óo]digo|status|respondi[óo])\s*\(?\s*[1-5]\d\d\b|\(\s*[1-5]\d\d\s*\)|\b[45]\d\d\s+(?:Bad|Unauthorized|Forbidden|Not Found|Too Many|Internal|Service)/i],
  ['huella hexadecimal', /\b(?=[0-9a-f]*[a-f])[0-9a-f]{32,}\b/i],
  ['rango A1', /\b[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*\b|!\$?[A-Z]{1,3}\$?[1-9]\d*\b/],
  ['palabra técnica', /\b(?:tick|webhook|API Key|propiedades del script|Script Properties|Document Properties|SHA-256|JSON)\b/i],
];

/** Every rule broken by a text (links are not read: their addresses are for the browser, not for people). */
export function scan(where: string, raw: string, names: readonly string[] = internalNames()): Hit[] {
  const text = raw.replace(/https?:\/\/\S+/g, ' ');
  const hits: Hit[] = [];
  for (const [kind, re] of RULES) {
    const m = re.exec(text);
    if (m) hits.push({ where, kind, text: around(text, m.index) });
  }
  for (const n of names) {
    const i = text.search(new RegExp(`\\b${n}\\b`));
    if (i >= 0 && n.length > 3) hits.push({ where, kind: 'función interna', text: around(text, i) });
  }
  return hits;
}

function around(t: string, i: number): string {
  return t.slice(Math.max(0, i - 40), i + 60).replace(/\s+/g, ' ');
}

/** The text a person reads in an HTML file: tags, styles and scripts' code removed, but the Spanish strings in scripts kept. */
export function htmlText(html: string): string {
  const noStyle = html.replace(/<style[\s\S]*?<\/style>/g, ' ');
  const scripts = [...noStyle.matchAll(/<script[\s\S]*?<\/script>/g)].map((m) => m[0]);
  const strings = scripts.flatMap((s) => [...s.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*[a-záéíóúñ]{3,}(?:(?!\1)[^\\\n]|\\.)*)\1/gi)].map((m) => m[2]))
    .filter((s) => /\s/.test(s) && /[áéíóúñ]|\b(?:el|la|de|que|los|las|una?)\b/i.test(s));
  const body = noStyle.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]+>/g, ' ');
  return body + '\n' + strings.join('\n');
}

/** Columns whose purpose is technical evidence (their headers say so); the scan skips them. */
export const TECHNICAL_COLUMNS = ['Huella', 'Firma', 'Detalles técnicos'];
