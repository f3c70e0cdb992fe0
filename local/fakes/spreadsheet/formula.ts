// The emulator's tiny formula evaluator: literals, single-cell references and HYPERLINK; anything else is '#ERROR!'.
import type { CellValue } from '../../world';
import { a1ToBounds } from './a1';

/** Reads the value of one cell (0-based), optionally on another sheet; null when the reference is invalid. */
export type CellResolver = (sheetName: string | undefined, r: number, c: number) => CellValue | null;

/** What getValues returns for a formula the emulator cannot compute (IMPORTXML, SUM, …). */
export const FORMULA_ERROR = '#ERROR!';
export const REF_ERROR = '#REF!';

const STRING = /^"((?:[^"]|"")*)"$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const REF = /^((?:'(?:[^']|'')+'|[A-Za-z0-9_]+)!)?\$?[A-Za-z]{1,3}\$?\d+$/;

/** Splits the arguments of a function call at top-level commas (or semicolons, as es_MX Sheets writes them). */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if ((ch === ',' || ch === ';') && depth === 0) {
      out.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(s.slice(start).trim());
  return out;
}

function evalExpr(expr: string, resolve: CellResolver): CellValue {
  const e = expr.trim();
  let m = STRING.exec(e);
  if (m) return m[1].replace(/""/g, '"');
  if (NUMBER.test(e)) return Number(e);
  const up = e.toUpperCase();
  if (up === 'TRUE' || up === 'TRUE()') return true;
  if (up === 'FALSE' || up === 'FALSE()') return false;
  if (REF.test(e)) {
    const b = a1ToBounds(e, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    if (!b) return REF_ERROR;
    const v = resolve(b.sheetName, b.r0, b.c0);
    return v === null ? REF_ERROR : v;
  }
  m = /^HYPERLINK\((.*)\)$/i.exec(e);
  if (m) {
    const args = splitArgs(m[1]);
    if (args.length < 1 || args.length > 2) return FORMULA_ERROR;
    const v = evalExpr(args[args.length - 1], resolve);
    return v;
  }
  return FORMULA_ERROR;
}

/**
 * The value Sheets would show for `formula` (with its leading '='). Modelled: a literal (="texto", =12, =TRUE), a
 * reference to one cell (=B2, ='Otra hoja'!C3), =HYPERLINK(url, etiqueta). Everything else evaluates to '#ERROR!' so a
 * formula written by mistake is visible.
 */
export function evaluateFormula(formula: string, resolve: CellResolver): CellValue {
  return evalExpr(formula.replace(/^=/, ''), resolve);
}
