// A1 addresses for the fake Excel. Plain TypeScript, no Node APIs (bundled into the browser test).

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** Splits `Sheet1!A1:B2` / `'my sheet'!A1` into sheet name (or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const at = address.lastIndexOf('!');
  if (at < 0) return { sheet: null, local: address.trim() };
  let sheet = address.slice(0, at).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(at + 1).trim() };
}

/** `A1`, `$A$1`, `A1:B2`, `A:A`, `3:5`; throws on anything else (Excel rejects it with InvalidArgument). */
export function parseLocal(local: string): Rect {
  const part = (p: string) => {
    const cell = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(p);
    if (cell) return { row: Number(cell[2]) - 1, col: colIndex(cell[1]), kind: 'cell' as const };
    const col = /^\$?([A-Za-z]{1,3})$/.exec(p);
    if (col) return { row: -1, col: colIndex(col[1]), kind: 'col' as const };
    const row = /^\$?(\d{1,7})$/.exec(p);
    if (row) return { row: Number(row[1]) - 1, col: -1, kind: 'row' as const };
    return null;
  };
  const [a, b, extra] = local.split(':');
  if (extra !== undefined) throw new Error(`bad address ${local}`);
  const p = part(a);
  const q = b === undefined ? p : part(b);
  if (!p || !q || p.kind !== q.kind) throw new Error(`bad address ${local}`);
  if (p.kind === 'col') return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(p.col, q.col), right: Math.max(p.col, q.col) };
  if (p.kind === 'row') return { left: 0, right: MAX_COLS - 1, top: Math.min(p.row, q.row), bottom: Math.max(p.row, q.row) };
  const rect = {
    top: Math.min(p.row, q.row),
    bottom: Math.max(p.row, q.row),
    left: Math.min(p.col, q.col),
    right: Math.max(p.col, q.col),
  };
  if (rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS) throw new Error(`bad address ${local}`);
  return rect;
}

export function rectLocal(r: Rect): string {
  const a = `${colLetters(r.left)}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${colLetters(r.right)}${r.bottom + 1}`;
}

/** Excel quotes a sheet name in an address when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

export function contains(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}
