// Shared formulas: Excel writes a formula once, in the first cell of a block that shares it (the
// master), and the other cells only say that they share it. A cell's own formula is the master's
// with every relative reference moved by the distance between the two cells — what Excel shows in
// that cell. Text in quotes, quoted sheet names and bracketed parts (table columns, other
// workbooks) are not references and are left as they are.

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * A cell reference (`$A1`), a range of whole columns (`A:$C`) or of whole rows (`2:$4`), standing
 * alone: not part of a name, a number or a function call (`LOG10(`), nor a sheet's name (`AB1!`).
 */
const REFERENCE =
  /(?<![A-Za-z0-9_.$])(?:(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d{1,7}):(\$?)(\d{1,7}))(?![A-Za-z0-9_.(!])/g;

/** Quoted text, a quoted sheet name, or a bracketed part, each taken whole. */
const LITERAL = /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[(?:[^[\]]|\[[^\]]*\])*\]/g;

function moveCode(code: string, rows: number, cols: number): string {
  const col = (fixed: string, letters: string): string | null => {
    const n = columnNumber(letters) + (fixed ? 0 : cols);
    return n >= 1 && n <= MAX_COL ? `${fixed}${columnLetters(n)}` : null;
  };
  const row = (fixed: string, digits: string): string | null => {
    const n = Number(digits) + (fixed ? 0 : rows);
    return n >= 1 && n <= MAX_ROW ? `${fixed}${n}` : null;
  };
  return code.replace(REFERENCE, (whole, ...g: string[]) => {
    if (g[1] !== undefined) {
      if (columnNumber(g[1]) > MAX_COL) return whole; // a name such as ABC1, not a cell
      const c = col(g[0], g[1]);
      const r = row(g[2], g[3]);
      return c !== null && r !== null ? `${c}${r}` : '#REF!';
    }
    if (g[5] !== undefined) {
      if (columnNumber(g[5]) > MAX_COL || columnNumber(g[7]) > MAX_COL) return whole;
      const a = col(g[4], g[5]);
      const b = col(g[6], g[7]);
      return a !== null && b !== null ? `${a}:${b}` : '#REF!';
    }
    const a = row(g[8], g[9]);
    const b = row(g[10], g[11]);
    return a !== null && b !== null ? `${a}:${b}` : '#REF!';
  });
}

/** The formula moved `rows` down and `cols` right (negative: up, left), as a shared formula's clone reads it. */
export function movedFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = '';
  let at = 0;
  for (const m of formula.matchAll(LITERAL)) {
    out += moveCode(formula.slice(at, m.index), rows, cols) + m[0];
    at = m.index! + m[0].length;
  }
  return out + moveCode(formula.slice(at), rows, cols);
}
