// What X charges to create a post under its pay-per-use pricing (from 6 Feb 2026): $0.015 a post, $0.200 when the text has a link.

export const X_COSTO_POST = 0.015;
export const X_COSTO_POST_CON_ENLACE = 0.2;

/** A link as X detects one: a scheme, «www.», or a host ending in a common top-level domain. */
const ENLACE = /(https?:\/\/\S+|\bwww\.\S+|\b[a-z0-9][-a-z0-9]*(\.[a-z0-9][-a-z0-9]*)*\.(com|mx|org|net|gob|edu|info|io|ly|co)(\/\S*)?\b)/i;

export function tieneEnlace(texto: string): boolean {
  return ENLACE.test(texto);
}

/** Dollars X charges for creating this post. */
export function costoX(texto: string): number {
  return tieneEnlace(texto) ? X_COSTO_POST_CON_ENLACE : X_COSTO_POST;
}

/** «US$0.015», «US$1.23». */
export function usd(n: number): string {
  const s = n < 0.1 ? n.toFixed(3) : n.toFixed(2);
  return `US$${s}`;
}

/** The monthly estimate line of the month sheet, for the posts that go to X this month. */
export function estimacionMensualX(textos: readonly string[]): string {
  if (textos.length === 0) return 'X (pago por uso): ninguna publicación este mes.';
  const conEnlace = textos.filter(tieneEnlace).length;
  const total = textos.reduce((s, t) => s + costoX(t), 0);
  const pubs = textos.length === 1 ? '1 publicación' : `${textos.length} publicaciones`;
  return `X (pago por uso): ${usd(total)} estimados este mes por ${pubs}, ${conEnlace} con enlace (${usd(X_COSTO_POST)} cada una, ${usd(X_COSTO_POST_CON_ENLACE)} con enlace).`;
}
