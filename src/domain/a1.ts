// A1 notation: column letters of a 1-based column number (A…Z, AA…), shared by protections and Configuración messages.

/** Letters of a 1-based column number: 1 → A, 26 → Z, 27 → AA, 703 → AAA. */
export function columnLetter(col1: number): string {
  let n = col1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
