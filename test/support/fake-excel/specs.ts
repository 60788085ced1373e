// How a test describes a workbook to the stand-in (SheetSpec, FakeExcelOptions), and the sheet model
// built from it.
import { parseLocal } from './address';
import { emptyCell, getCell, key, putCell, type ModelPageLayout, type ModelSheet, type Scalar } from './model';
import { withFill } from './range';
import { newSheet } from './workbook';

export type CellSpec =
  | Scalar
  | null
  | { formula: string; value?: Scalar; numberFormat?: string; fill?: string }
  | { value: Scalar; numberFormat?: string; fill?: string }
  /** An error value (`#DIV/0!`, `#BUSY!` …), as a formula leaves it; a plain `'#N/A'` string is text. */
  | { error: string };

export interface CommentSpec {
  content: string;
  author?: string;
  replies?: (string | { content: string; author?: string })[];
}

export interface SheetSpec {
  name: string;
  rows?: CellSpec[][];
  origin?: string;
  numberFormats?: Record<string, string>;
  /** `#RRGGBB` (solid; `#FFFFFF` is a white fill, not none) or the properties of CellPropertiesFill. */
  fills?: Record<string, string | { color: string; pattern?: string; patternColor?: string; tintAndShade?: number; patternTintAndShade?: number }>;
  merges?: string[];
  notes?: Record<string, string | { content: string; author?: string }>;
  comments?: Record<string, string | CommentSpec>;
  protected?: boolean;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** A print setup of the sheet's own (default: Excel's, portrait at 100% with no title rows). */
  pageLayout?: { orientation?: 'Portrait' | 'Landscape'; zoom?: ModelPageLayout['zoom']; titleRows?: string; printArea?: string; paperSize?: string };
  /** Column widths in points, by letter (`{ I: 120 }`). */
  columnWidths?: Record<string, number>;
  /** Font sizes in points, by cell (`{ A1: 16 }`); a cell not named has 11. */
  fontSizes?: Record<string, number>;
}

export interface FakeExcelOptions {
  sheets: SheetSpec[];
  active?: string;
  apiVersion?: string;
  /** Bytes per request and per response (default 5 MB). */
  payloadLimit?: number;
  /** Author of notes and comments the add-in creates. */
  userName?: string;
  /**
   * The language of Excel's error messages (default English). OfficeExtension.Error.message is "the
   * error message passed through from the Office application", in its UI language; only `code` is
   * fixed (https://learn.microsoft.com/javascript/api/office/officeextension.error).
   */
  messageLanguage?: 'en' | 'zh-CN';
  /**
   * How a batch sent while a person types in a cell is refused. The documents give two codes:
   * InvalidOperationInCellEditMode (Excel-specific error codes, learn.microsoft.com/office/dev/add-ins/
   * testing/application-specific-api-error-handling) and InvalidOperation ("Delay execution while cell
   * is being edited", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit).
   * Default the former.
   */
  cellEditCode?: 'InvalidOperationInCellEditMode' | 'InvalidOperation';
  /**
   * The code another author's comment or reply is refused with. Whether Excel refuses it at all is not
   * documented, nor with which code (README.md): AccessDenied unless a test asks for another, so the
   * add-in is held to deciding by reading back, not by a list of codes.
   */
  authorRefusalCode?: string;
}

export function buildSheet(spec: SheetSpec): ModelSheet {
  const s = newSheet(spec.name);
  s.visibility = spec.visibility ?? 'Visible';
  const origin = parseLocal(spec.origin ?? 'A1');
  (spec.rows ?? []).forEach((line, r) =>
    line.forEach((v, c) => {
      const row = origin.top + r;
      const col = origin.left + c;
      if (v === null || v === undefined) return;
      const cell = emptyCell();
      if (typeof v === 'object' && 'error' in v) {
        Object.assign(cell, { value: v.error, error: true });
      } else if (typeof v === 'object') {
        if ('formula' in v) cell.formula = v.formula;
        if (v.value !== undefined) cell.value = v.value;
        if (v.numberFormat) cell.numberFormat = v.numberFormat;
        if (v.fill) cell.fill = v.fill;
      } else cell.value = v;
      putCell(s, row, col, cell);
    }),
  );
  const at = (a: string) => {
    const r = parseLocal(a);
    return { row: r.top, col: r.left };
  };
  for (const [a, f] of Object.entries(spec.numberFormats ?? {})) {
    const { row, col } = at(a);
    putCell(s, row, col, { ...getCell(s, row, col), numberFormat: f });
  }
  for (const [a, f] of Object.entries(spec.fills ?? {})) {
    const { row, col } = at(a);
    const cell = getCell(s, row, col);
    putCell(s, row, col, typeof f === 'string' ? { ...cell, fill: f.toUpperCase() } : withFill(cell, f as Record<string, unknown>));
  }
  s.merges = (spec.merges ?? []).map(parseLocal);
  for (const [a, n] of Object.entries(spec.notes ?? {})) {
    const { row, col } = at(a);
    s.notes.set(key(row, col), typeof n === 'string' ? { content: n, author: '张三' } : { content: n.content, author: n.author ?? '张三' });
  }
  let id = 1;
  for (const [a, c] of Object.entries(spec.comments ?? {})) {
    const { row, col } = at(a);
    const cs = typeof c === 'string' ? { content: c } : c;
    s.comments.push({
      id: `p${id++}`,
      row,
      col,
      content: cs.content,
      author: cs.author ?? '张三',
      replies: (cs.replies ?? []).map((r) => (typeof r === 'string' ? { content: r } : r)).map((r) => ({ id: `p${id++}`, content: r.content, author: r.author ?? '张三' })),
    });
  }
  s.protected = !!spec.protected;
  if (spec.pageLayout) {
    const { titleRows, ...rest } = spec.pageLayout;
    const rows = titleRows ? parseLocal(titleRows) : null;
    s.pageLayout = { ...s.pageLayout, ...rest, printArea: spec.pageLayout.printArea ?? null, titleRows: rows ? { top: rows.top, bottom: rows.bottom } : null };
  }
  for (const [letters, width] of Object.entries(spec.columnWidths ?? {})) s.columnWidths.set(parseLocal(`${letters}1`).left, width);
  for (const [a, size] of Object.entries(spec.fontSizes ?? {})) {
    const at = parseLocal(a);
    putCell(s, at.top, at.left, { ...getCell(s, at.top, at.left), size });
  }
  return s;
}
